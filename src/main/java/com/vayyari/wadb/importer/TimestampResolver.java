package com.vayyari.wadb.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahChronology;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.ThaiBuddhistChronology;

/**
 * Turns a header's date and time fields into unix seconds, read as local time in one zone with that zone's
 * rules on that date — so both sides of a daylight-saving change come out right. A local time that falls in
 * a spring-forward gap moves forward by the gap; one that occurs twice in autumn takes the earlier offset
 * (both as {@link ZonedDateTime#of}). Era years (Thai Buddhist, Hijri, Japanese) go through the JDK's own
 * calendars.
 */
final class TimestampResolver {

    /** Returned for fields that are no real date or time (31 February, 25:00, month 13). */
    static final long INVALID = Long.MIN_VALUE;

    private final ZoneId zone;
    private final DateOrder order;

    TimestampResolver(ZoneId zone, DateOrder order) {
        this.zone = zone;
        this.order = order;
    }

    long resolve(HeaderMatcher header) {
        int hour = hour24(header.hour(), header.meridiem());
        if (hour < 0 || header.minute() > 59 || header.seconds() > 59) {
            return INVALID;
        }
        LocalDate date = date(header);
        if (date == null) {
            return INVALID;
        }
        LocalDateTime local = date.atTime(hour, header.minute(), header.seconds());
        return ZonedDateTime.of(local, zone).toEpochSecond();
    }

    /** The date, or null when the fields make none. */
    private LocalDate date(HeaderMatcher header) {
        int year;
        int month;
        int day;
        if (header.monthByName() > 0) {
            month = header.monthByName();
            day = header.field(0);
            year = header.field(1);
        } else {
            int y = header.yearField() >= 0 ? header.yearField() : order == DateOrder.YMD ? 0 : 2;
            int p = y == 0 ? 1 : 0;
            int q = y == 2 ? 1 : 2;
            boolean monthFirst = y == 0 || order != DateOrder.DMY;
            month = header.field(monthFirst ? p : q);
            day = header.field(monthFirst ? q : p);
            year = header.era() != 0 ? header.field(y) : fullYear(header.field(y), header.digits(y));
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            switch (header.era()) {
                case 'B':
                    return LocalDate.from(ThaiBuddhistChronology.INSTANCE.date(year, month, day));
                case 'H':
                    return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
                case 'J':
                    return LocalDate.from(JapaneseChronology.INSTANCE.date(header.japaneseEra(), year, month, day));
                default:
                    return LocalDate.of(year, month, day);
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Two-digit years are this century's: WhatsApp is younger than 2000. */
    private static int fullYear(int value, int digits) {
        if (digits == 4) {
            return value;
        }
        return digits <= 2 ? 2000 + value : -1;
    }

    private static int hour24(int hour, char meridiem) {
        if (meridiem == 0) {
            return hour <= 23 ? hour : -1;
        }
        if (hour > 12) {
            return -1;
        }
        int base = hour == 12 ? 0 : hour;
        return meridiem == 'p' ? base + 12 : base;
    }
}
