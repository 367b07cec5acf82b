package com.vayyari.wadb.importer;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a header's date and time fields into unix seconds, read as local time in one zone with that zone's
 * rules on that date — so both sides of a daylight-saving change come out right. A local time that falls in
 * a spring-forward gap moves forward by the gap; one that occurs twice in autumn takes the earlier offset
 * (both as {@link ZonedDateTime#of}).
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
        int year;
        int month;
        int day;
        if (header.firstDigits() == 4 || order == DateOrder.YMD) {
            year = fullYear(header.first(), header.firstDigits());
            month = header.second();
            day = header.third();
        } else {
            year = fullYear(header.third(), header.thirdDigits());
            month = order == DateOrder.DMY ? header.second() : header.first();
            day = order == DateOrder.DMY ? header.first() : header.second();
        }
        int hour = hour24(header.hour(), header.meridiem());
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || header.minute() > 59 || header.seconds() > 59) {
            return INVALID;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, header.minute(), header.seconds());
        return ZonedDateTime.of(local, zone).toEpochSecond();
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
