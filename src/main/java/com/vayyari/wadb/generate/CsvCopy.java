package com.vayyari.wadb.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY table (columns) FROM STDIN (FORMAT csv)} fed row by row. Rows are encoded straight into a
 * 64 KiB UTF-8 buffer that goes to the server whenever it fills, so memory stays flat at any row count and
 * no second thread or pipe is needed: while the server parses one buffer, the next one is being built.
 *
 * <p>Strings are always quoted ({@code ""} doubled inside), so a NULL (an empty unquoted field) and an empty
 * string stay apart and no value can end the data early. Times are written as ISO text in UTC.
 */
final class CsvCopy implements AutoCloseable {

    private static final int CAPACITY = 1 << 16;
    private static final byte[] DIGITS = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final CopyIn copy;
    private final byte[] buffer = new byte[CAPACITY];
    private int length;
    private boolean rowStarted;
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[11];

    private CsvCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts the COPY; {@code table} and {@code columns} are this package's constants, never user input. */
    static CsvCopy open(Connection conn, String table, String columns) throws SQLException {
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
        return new CsvCopy(conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    CsvCopy text(String value) throws SQLException {
        separate();
        if (value != null) {
            put('"');
            encode(value);
            put('"');
        }
        return this;
    }

    CsvCopy nul() throws SQLException {
        separate();
        return this;
    }

    CsvCopy bool(boolean value) throws SQLException {
        separate();
        put(value ? 't' : 'f');
        return this;
    }

    CsvCopy number(long value) throws SQLException {
        separate();
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

    /** {@code yyyy-MM-dd HH:mm:ss+00} of unix seconds. */
    CsvCopy timestamp(long epochSeconds) throws SQLException {
        separate();
        long day = Math.floorDiv(epochSeconds, 86_400L);
        if (day != cachedDay) {
            byte[] iso = (LocalDate.ofEpochDay(day) + " ").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(iso, 0, cachedDate, 0, cachedDate.length);
            cachedDay = day;
        }
        for (byte b : cachedDate) {
            put(b);
        }
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

    void endRow() throws SQLException {
        put('\n');
        rowStarted = false;
    }

    /** Sends what is left and ends the COPY; returns the rows the server stored. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Abandons an unfinished COPY (the server discards it); harmless after {@link #finish}. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            put(',');
        }
        rowStarted = true;
    }

    private void twoDigits(int value) throws SQLException {
        put(DIGITS[value / 10]);
        put(DIGITS[value % 10]);
    }

    /** UTF-8 with CSV's one escape: a quote is doubled. A lone surrogate, which is no character, becomes '?'. */
    private void encode(String s) throws SQLException {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    put('"');
                }
                put(c);
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
