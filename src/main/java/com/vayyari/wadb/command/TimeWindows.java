package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --since}/{@code --until}/{@code --before} values as unix seconds, the unit of
 * {@code messages.timestamp}: a date ({@code 2024-05-01}), a local date and time ({@code 2024-05-01 14:30},
 * {@code 2024-05-01T14:30:15}, with an optional offset such as {@code +05:30}, {@code Z} or psql's {@code +00}, so
 * a time copied from the commands' own output reads back as the same instant), an age
 * ({@code 90s}, {@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}), {@code now}, {@code today} or
 * {@code yesterday}. Local means the call's zone ({@code $TZ}; the warm client picks a server by it, so it is the
 * zone pgjdbc gives the session too).
 *
 * <p>Lower bounds are inclusive. An upper bound is exclusive, and a whole day given as an upper bound
 * ({@code --until 2024-05-01}, {@code --until yesterday}) includes that day.
 */
final class TimeWindows {

    private static final Pattern AGE = Pattern.compile("(\\d{1,9})\\s*([smhdw])");
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d\\d(:?\\d\\d)?");
    private static final String FORMS = "use 2024-05-01, \"2024-05-01 14:30\", 7d, 12h, 30m, today or yesterday";

    private final Clock clock;

    TimeWindows(Clock clock) {
        this.clock = clock;
    }

    /** Windows read in the zone of the call (its $TZ), not the JVM's: under the warm start they may differ. */
    static TimeWindows in(java.time.ZoneId zone) {
        return new TimeWindows(Clock.system(zone));
    }

    /** The first second a lower bound admits. */
    long lower(String option, String value) {
        return read(option, value, false);
    }

    /** The first second an upper bound no longer admits. */
    long upper(String option, String value) {
        return read(option, value, true);
    }

    private long read(String option, String value, boolean upper) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        switch (text) {
            case "now":
                return clock.instant().getEpochSecond();
            case "today":
                return startOf(upper ? today.plusDays(1) : today, zone);
            case "yesterday":
                return startOf(upper ? today : today.minusDays(1), zone);
            default:
                break;
        }
        Matcher age = AGE.matcher(text);
        if (age.matches()) {
            return clock.instant().minus(duration(Long.parseLong(age.group(1)), age.group(2))).getEpochSecond();
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return startOf(upper ? day.plusDays(1) : day, zone);
            }
            String iso = text.replace(' ', 't').toUpperCase(Locale.ROOT);
            if (iso.endsWith("Z") || hasOffset(iso)) {
                String offset = iso.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2").replaceAll("([+-]\\d\\d)$", "$1:00");
                return OffsetDateTime.parse(offset).toEpochSecond();
            }
            return LocalDateTime.parse(iso).atZone(zone).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw WadbException.usage(option + ": cannot read " + Arguments.show(value) + " as a time (" + FORMS + ")");
        }
    }

    /**
     * True for a date and time ending in an offset ({@code +05:30}, {@code +0530}, psql's {@code +00}). Looked
     * for from the last sign, not with a backtracking pattern over the whole text: values may be long.
     */
    private static boolean hasOffset(String iso) {
        int sign = Math.max(iso.lastIndexOf('+'), iso.lastIndexOf('-'));
        return sign > iso.indexOf('T') && iso.indexOf('T') >= 0 && OFFSET.matcher(iso.substring(sign)).matches();
    }

    private static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toEpochSecond();
    }

    private static Duration duration(long amount, String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(amount * 7);
        };
    }
}
