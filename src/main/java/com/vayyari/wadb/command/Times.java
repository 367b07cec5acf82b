package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SingleValue;

/**
 * How every domain command shows a point in time: a {@code timestamptz(0)}, so the server prints it in the
 * session's TimeZone and DateStyle to the second with its offset, exactly as psql prints such a value
 * ({@code 2024-12-30 18:04:05+05:30} under ISO), and the json formats write it as ISO 8601 with that offset
 * ({@code 2024-12-30T18:04:05+05:30}), as {@code row_to_json} does, so a program knows the instant. A local
 * {@code timestamp(0)} would lose the offset in json, and text made in Java could differ from the table's
 * under another DateStyle or zone; hence one SQL expression, here, for queries and sentences alike.
 */
final class Times {

    private Times() {
    }

    /** {@code timestamptz}, an SQL expression of that type, as the commands show it. */
    static String shown(String timestamptz) {
        return "(" + timestamptz + ")::timestamptz(0)";
    }

    /** {@code seconds}, an SQL expression of unix seconds (as {@code messages.timestamp}), as the commands show it. */
    static String fromUnix(String seconds) {
        return shown("to_timestamp(" + seconds + ")");
    }

    /**
     * A time for a sentence ("already paused since …"): {@code value}, a timestamptz as text (the ISO 8601 of a
     * row read as jsonb), in the same form as in the commands' rows; null stays null.
     */
    static String text(Session session, String value) {
        if (value == null) {
            return null;
        }
        return SingleValue.of(session, "SELECT " + shown("?::timestamptz") + "::text", value);
    }
}
