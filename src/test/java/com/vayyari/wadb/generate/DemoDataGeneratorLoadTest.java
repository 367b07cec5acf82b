package com.vayyari.wadb.generate;

import static com.vayyari.wadb.generate.Sql.count;
import static com.vayyari.wadb.generate.Sql.fingerprint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.generate.ProgressListener.Phase;
import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A larger run, progress reports, a failure half-way, and two seeds in one database. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataGeneratorLoadTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final long MESSAGES = 200_000;

    @Test
    @Order(1)
    void aFailureHalfWayLeavesNothing() throws SQLException {
        String state = fingerprint(db, "processing_state", "id");
        IllegalStateException stop = new IllegalStateException("stop");
        try (Connection c = db.connect()) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> new DemoDataGenerator().generate(c, GenerateOptions.defaults().withProgressEvery(1_000),
                            (phase, done, total) -> {
                        if (phase == Phase.MESSAGES && done == 5_000) {
                            throw stop;
                        }
                    }));
            assertSame(stop, thrown);
            assertTrue(c.getAutoCommit(), "autocommit restored");
        }
        for (String table : new String[] {"chats", "messages", "media_files", "chat_tracking_state"}) {
            assertEquals(0, count(db, "SELECT count(*) FROM " + table), table);
        }
        assertEquals(state, fingerprint(db, "processing_state", "id"));
    }

    @Test
    @Order(2)
    void aClashFoundByTheCopyIsReportedAndLeavesNothing() throws SQLException {
        String taken = MessageIds.of(42, 7);
        db.execute("INSERT INTO chats (jid) VALUES ('910000000000@s.whatsapp.net')");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO messages (message_id, jid, "timestamp") VALUES (?, '910000000000@s.whatsapp.net', 0)""")) {
            ps.setString(1, taken);
            ps.executeUpdate();
        }
        GeneratedDataExistsException e = assertThrows(GeneratedDataExistsException.class,
                () -> Sql.generate(db, GenerateOptions.defaults()));
        assertTrue(e.getMessage().contains("Key (message_id)=(" + taken + ") already exists"), e.getMessage());
        assertEquals(1, count(db, "SELECT count(*) FROM chats"));
        assertEquals(1, count(db, "SELECT count(*) FROM messages"));
        db.execute("DELETE FROM chats");
    }

    @Test
    @Order(3)
    void twoHundredThousandMessagesWithProgressAndKnownWordFrequencies() throws SQLException {
        List<String> reports = new ArrayList<>();
        GenerateReport report;
        try (Connection c = db.connect()) {
            report = new DemoDataGenerator().generate(c, GenerateOptions.defaults().withMessages(MESSAGES)
                    .withProgressEvery(50_000), (phase, done, total) -> reports.add(phase + " " + done + "/" + total));
        }
        assertEquals(MESSAGES, report.messages());
        assertEquals(MESSAGES, count(db, "SELECT count(*) FROM messages"));
        assertEquals(report.mediaFiles(), count(db, "SELECT count(*) FROM media_files"));
        assertEquals(report.mediaFiles(), count(db, "SELECT count(*) FROM messages WHERE media_type IS NOT NULL"));
        assertEquals(List.of("CHATS 0/50", "CHATS 50/50", "MESSAGES 0/200000", "MESSAGES 50000/200000",
                "MESSAGES 100000/200000", "MESSAGES 150000/200000", "MESSAGES 200000/200000"), reports.subList(0, 7));
        assertEquals("MEDIA_FILES " + report.mediaFiles() + "/" + report.mediaFiles(), reports.get(reports.size() - 3));

        long text = MESSAGES - report.mediaFiles();
        for (String word : new String[] {"meeting", "tomorrow", "invoice", "photo", "railway", "birthday"}) {
            double expected = text * TextComposer.keywordShare(word) / 100;
            long found = count(db, "SELECT count(*) FROM messages WHERE content_tsv @@ to_tsquery('simple', ?)", word);
            assertTrue(Math.abs(found - expected) < expected * 0.1, word + ": " + found + " vs " + expected);
        }
    }

    @Test
    @Order(4)
    void anotherSeedLivesBesideTheFirst() throws SQLException {
        GenerateReport report = Sql.generate(db, GenerateOptions.defaults().withSeed(7).withChats(10).withMessages(1_000));
        assertEquals(60, count(db, "SELECT count(*) FROM chats"));
        assertEquals(MESSAGES + 1_000, count(db, "SELECT count(*) FROM messages"));
        assertEquals(10, count(db, "SELECT count(*) FROM chats WHERE metadata @> ?::jsonb", Roster.sourceTag(7)));
        assertEquals(report.messages(), count(db, """
                SELECT count(*) FROM messages WHERE jid IN (SELECT jid FROM chats WHERE metadata @> ?::jsonb)""",
                Roster.sourceTag(7)));
    }
}
