package com.vayyari.wadb.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** What goes in through the hand-written CSV encoder comes out of PostgreSQL unchanged. */
class CsvCopyTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void awkwardValuesRoundTrip() throws SQLException {
        char[] big = new char[70_000];
        Arrays.fill(big, 'ఌ');
        List<String> values = Arrays.asList("plain", "", null, "a,b", "say \"hi\"", "line\nbreak\r\nend", "\\.",
                "\\N", "emoji 👨‍👩‍👧 and 🎉", "తెలుగు हिन्दी العربية 中文", "\"", new String(big), "trailing ");
        db.execute("CREATE TABLE t (n int, s text, b boolean, ts timestamptz)");
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (CsvCopy out = CsvCopy.open(c, "t", "n, s, b, ts")) {
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
        try (Connection c = db.connect(); CsvCopy out = CsvCopy.open(c, "lone", "s")) {
            out.text("a\uD83Db");
            out.endRow();
            out.finish();
        }
        assertEquals("a?b", Sql.scalar(db, "SELECT s FROM lone"));
        assertNull(Sql.scalar(db, "SELECT s FROM lone WHERE s IS NULL"));
    }
}
