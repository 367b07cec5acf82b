package com.vayyari.wadb.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, fed field by field and row by row.
 * Fields are encoded straight into a 64 KiB UTF-8 buffer that goes to the server whenever it fills, so memory
 * stays flat at any row count and no second thread or pipe is needed.
 *
 * <p>The text format because it is the server's own: a tab between fields, a newline after a row, {@code \N}
 * for NULL (so NULL and the empty string stay apart without quoting every value), and backslash, newline,
 * carriage return and tab escaped with a backslash — which also means no value can ever look like the
 * {@code \.} end-of-data line. Every other character goes as its UTF-8 bytes, characters beyond the BMP
 * included; a lone surrogate, which is no character at all, becomes {@code ?}, as Java's own encoder makes it.
 * PostgreSQL text cannot hold U+0000, so a value containing it is refused here, before any of it is sent.
 */
public final class CopyInWriter implements AutoCloseable {

    /** SQLSTATE character_not_in_repertoire: what the server itself says of a NUL in text. */
    static final String NUL_REFUSED = "22021";

    private static final int CAPACITY = 1 << 16;
    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    private final CopyIn copy;
    private final byte[] buffer = new byte[CAPACITY];
    private int length;
    private boolean rowStarted;
    private long cachedDay = Long.MIN_VALUE;
    private byte[] cachedDate;

    private CopyInWriter(CopyIn copy) {
        this.copy = copy;
    }

    /**
     * Starts the COPY. {@code table} and {@code columns} go into the SQL as they are: callers pass their own
     * constants, never user input.
     */
    public static CopyInWriter open(Connection connection, String table, String columns) throws SQLException {
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)";
        return new CopyInWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    /** A text value; null is NULL. */
    public CopyInWriter text(String value) throws SQLException {
        separate();
        if (value == null) {
            put(NULL);
        } else {
            encode(value);
        }
        return this;
    }

    public CopyInWriter nul() throws SQLException {
        separate();
        put(NULL);
        return this;
    }

    public CopyInWriter bool(boolean value) throws SQLException {
        separate();
        put(value ? 't' : 'f');
        return this;
    }

    /** A number, or NULL when absent. */
    public CopyInWriter number(Long value) throws SQLException {
        return value == null ? nul() : number(value.longValue());
    }

    public CopyInWriter number(long value) throws SQLException {
        separate();
        if (value == Long.MIN_VALUE) {
            put(MIN_LONG);
            return this;
        }
        if (value < 0) {
            put('-');
            value = -value;
        }
        long scale = 1;
        while (scale <= value / 10) {
            scale *= 10;
        }
        for (; scale > 0; scale /= 10) {
            put(DIGITS[(int) (value / scale % 10)]);
        }
        return this;
    }

    /** A {@code timestamptz} of unix seconds, as {@code yyyy-MM-dd HH:mm:ss+00}; for the years 1 to 9999. */
    public CopyInWriter timestamp(long epochSeconds) throws SQLException {
        separate();
        long day = Math.floorDiv(epochSeconds, 86_400L);
        if (day != cachedDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new IllegalArgumentException("timestamp out of the years 1 to 9999: " + epochSeconds);
            }
            cachedDate = (date + " ").getBytes(StandardCharsets.US_ASCII);
            cachedDay = day;
        }
        put(cachedDate);
        int second = (int) Math.floorMod(epochSeconds, 86_400L);
        twoDigits(second / 3600);
        put(':');
        twoDigits(second / 60 % 60);
        put(':');
        twoDigits(second % 60);
        put('+');
        twoDigits(0);
        return this;
    }

    public void endRow() throws SQLException {
        put('\n');
        rowStarted = false;
    }

    /** Sends what is left and ends the COPY; returns the rows the server stored. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /**
     * Abandons an unfinished COPY (the server discards it), so the connection is usable again for the
     * rollback; harmless after {@link #finish}.
     */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            put('\t');
        }
        rowStarted = true;
    }

    private void twoDigits(int value) throws SQLException {
        put(DIGITS[value / 10]);
        put(DIGITS[value % 10]);
    }

    /** UTF-8 with the text format's escapes. */
    private void encode(String s) throws SQLException {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ascii(c);
            } else if (c < 0x800) {
                put(0xC0 | c >> 6);
                put(0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    put(0xF0 | cp >> 18);
                    put(0x80 | cp >> 12 & 0x3F);
                    put(0x80 | cp >> 6 & 0x3F);
                    put(0x80 | cp & 0x3F);
                } else {
                    put('?');
                }
            } else {
                put(0xE0 | c >> 12);
                put(0x80 | c >> 6 & 0x3F);
                put(0x80 | c & 0x3F);
            }
        }
    }

    private void ascii(char c) throws SQLException {
        switch (c) {
            case '\\' -> put2('\\', '\\');
            case '\n' -> put2('\\', 'n');
            case '\r' -> put2('\\', 'r');
            case '\t' -> put2('\\', 't');
            case '\0' -> throw new SQLException("text cannot contain the NUL character (U+0000)", NUL_REFUSED);
            default -> put(c);
        }
    }

    private void put2(char a, char b) throws SQLException {
        put(a);
        put(b);
    }

    private void put(byte[] bytes) throws SQLException {
        for (byte b : bytes) {
            put(b);
        }
    }

    private void put(int b) throws SQLException {
        if (length == CAPACITY) {
            flush();
        }
        buffer[length++] = (byte) b;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
