package com.vayyari.wadb.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What goes in through the one COPY encoder (the generator's and the importer's) comes out of PostgreSQL
 * unchanged: every awkward character, every code point, NULL apart from the empty string.
 */
class CopyInWriterTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void awkwardValuesRoundTrip() throws SQLException {
        char[] big = new char[70_000];
        Arrays.fill(big, 'ఌ');
        List<String> values = Arrays.asList("plain", "", null, "a,b", "say \"hi\"", "line\nbreak\r\nend", "\\.",
                "\\N", "emoji 👨‍👩‍👧 and 🎉", "తెలుగు हिन्दी العربية 中文", "\"", new String(big), "trailing ",
                "tab\there", "\\", "\\\\N", "a\\tb", "\\.\n", "x\n\\.\ny", "\r", "\n", "\t", "'quoted'", "\\x41\\101",
                "\u0001\u001f\u007f\b\f\u000b", "\uFEFFbom", "𝄞 𐍈 😀 \uDBFF\uDFFF", "N", "NULL", "\\0");
        db.execute("CREATE TABLE t (n int, s text, b boolean, ts timestamptz)");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (CopyInWriter out = CopyInWriter.open(c, "t", "n, s, b, ts")) {
                for (int i = 0; i < values.size(); i++) {
                    out.number(i - 3).text(values.get(i)).bool(i % 2 == 0).timestamp(1_704_067_200L + i * 90_061L);
                    out.endRow();
                }
                assertEquals(values.size(), out.finish());
            }
            c.commit();
        }
        List<String> back = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n, s, b, ts AT TIME ZONE 'UTC' FROM t ORDER BY n")) {
            for (int i = 0; rs.next(); i++) {
                assertEquals(i - 3, rs.getInt(1));
                back.add(rs.getString(2));
                assertEquals(i % 2 == 0, rs.getBoolean(3));
                assertEquals(LocalDateTime.ofEpochSecond(1_704_067_200L + i * 90_061L, 0, ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")), rs.getString(4));
            }
        }
        assertEquals(values, back);
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMarkNotAnEncodingError() throws SQLException {
        db.execute("CREATE TABLE lone (s text)");
        try (Connection c = db.connect(); CopyInWriter out = CopyInWriter.open(c, "lone", "s")) {
            out.text("a\uD83Db");
            out.endRow();
            out.finish();
        }
        assertEquals("a?b", scalar("SELECT s FROM lone"));
        assertNull(scalar("SELECT s FROM lone WHERE s IS NULL"));
    }

    /** Every code point but NUL and the surrogates, a few thousand to a row, so rows cross the buffer too. */
    @Test
    void everyCodePointRoundTrips() throws SQLException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            row.appendCodePoint(cp);
            if (row.length() >= 12_000) {
                rows.add(row.toString());
                row.setLength(0);
            }
        }
        rows.add(row.toString());
        db.execute("CREATE TABLE every (n int, s text)");
        try (Connection c = db.connect(); CopyInWriter out = CopyInWriter.open(c, "every", "n, s")) {
            for (int i = 0; i < rows.size(); i++) {
                out.number(i).text(rows.get(i)).endRow();
            }
            assertEquals(rows.size(), out.finish());
        }
        List<String> back = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s FROM every ORDER BY n")) {
            while (rs.next()) {
                back.add(rs.getString(1));
            }
        }
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i), back.get(i), "row " + i);
        }
    }

    @Test
    void numbersNullsAndTimesAtTheEdges() throws SQLException {
        long[] numbers = {0, 1, -1, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        db.execute("CREATE TABLE edges (i int, n bigint, m bigint, ts timestamptz)");
        try (Connection c = db.connect(); CopyInWriter out = CopyInWriter.open(c, "edges", "i, n, m, ts")) {
            for (int i = 0; i < numbers.length; i++) {
                out.number(i).number(numbers[i]).number(i % 2 == 0 ? null : Long.valueOf(i)).timestamp(-i * 86_399L);
                out.endRow();
            }
            out.finish();
        }
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(String.valueOf(numbers[i]), scalar("SELECT n FROM edges WHERE i = " + i));
            assertEquals(i % 2 == 0 ? null : String.valueOf(i), scalar("SELECT m FROM edges WHERE i = " + i));
            assertEquals(String.valueOf(-i * 86_399L),
                    scalar("SELECT extract(epoch FROM ts)::bigint FROM edges WHERE i = " + i));
        }
    }

    @Test
    void aNulIsRefusedBeforeItIsSentAndTheConnectionStaysUsable() throws SQLException {
        db.execute("CREATE TABLE nul (s text)");
        try (Connection c = db.connect()) {
            SQLException refused;
            try (CopyInWriter out = CopyInWriter.open(c, "nul", "s")) {
                out.text("fine").endRow();
                refused = assertThrows(SQLException.class, () -> out.text("a\u0000b"));
            }
            assertEquals(CopyInWriter.NUL_REFUSED, refused.getSQLState());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM nul")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the abandoned COPY stored nothing, not even the row before");
            }
        }
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
