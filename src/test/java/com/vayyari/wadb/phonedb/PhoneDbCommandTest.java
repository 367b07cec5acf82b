package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.TerminalFlags;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code wadb import FILE.db} behind the command line: dry run, filters, contacts, and files it must refuse. */
class PhoneDbCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @BeforeEach
    void clean() throws Exception {
        db.execute("TRUNCATE chats CASCADE");
    }

    private Result wadbImport(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--url";
        all[1] = db.url();
        all[2] = "import";
        System.arraycopy(args, 0, all, 3, args.length);
        return wadb().run(all);
    }

    private List<String> messageIds() throws Exception {
        return PhoneDbRuns.rows(db, "SELECT message_id FROM messages ORDER BY \"timestamp\", message_id");
    }

    @Test
    void aDryRunReportsEverythingAndChangesNothing() throws Exception {
        Path file = PhoneDbFixture.build(PhoneDbSchemas.MODERN_2025_03, dir.resolve("msgstore.db"));
        String before = PhoneDbRuns.fingerprint(db);

        Result dry = wadbImport(file.toString(), "--dry-run");

        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.err().startsWith("dry run: would import 12 of 12 messages from msgstore.db (modern layout)"
                + " in 3 chats, 3 new (0 already present; 9 people's messages, 1 system events, 1 deleted, 1 calls;"
                + " 1 media files)"), dry.err());
        assertEquals(before, PhoneDbRuns.fingerprint(db));
    }

    @Test
    void chatAndSinceImportOnlyWhatTheyName() throws Exception {
        Path file = PhoneDbFixture.build(PhoneDbSchemas.LEGACY_2018B, dir.resolve("msgstore.db"));

        Result group = wadbImport(file.toString(), "--chat", GROUP);

        assertEquals(0, group.exitCode(), group.err());
        assertEquals(List.of(GROUP), PhoneDbRuns.rows(db, "SELECT jid FROM chats"));
        assertEquals(List.of("K7", "K8", "K9", "K10"), messageIds());

        PhoneImportReport later = PhoneDbRuns.load(db, file,
                new PhoneImportOptions(null, null, PhoneDbFixture.minute(8) / 1000, null, null, false));
        assertEquals(3, later.read());  // K9 and K10 of the group again, K12 of the status chat
        assertEquals(1, later.inserted());
        assertEquals(List.of("K7", "K8", "K9", "K10", "K12"), messageIds());
    }

    @Test
    void namesComeFromTheContactsDatabase() throws Exception {
        Path file = PhoneDbFixture.build(PhoneDbSchemas.MODERN_2024_09, dir.resolve("msgstore.db"));
        Path contacts = dir.resolve("wa.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + contacts); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL, "
                    + "is_whatsapp_user BOOLEAN NOT NULL, status TEXT, display_name TEXT, wa_name TEXT)");
            st.executeUpdate("INSERT INTO wa_contacts (jid, is_whatsapp_user, display_name, wa_name) VALUES "
                    + "('" + ANNA + "', 1, 'Anna Schmidt', 'Anna'), ('" + BEN + "', 1, NULL, 'Ben')");
        }

        Result result = wadbImport(file.toString(), "--contacts", contacts.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("Anna Schmidt"), PhoneDbRuns.rows(db, "SELECT name FROM chats WHERE jid = '" + ANNA + "'"));
        assertEquals(List.of("Family"), PhoneDbRuns.rows(db, "SELECT name FROM chats WHERE jid = '" + GROUP + "'"));
        assertEquals(List.of("K8|Anna Schmidt", "K9|Ben"), PhoneDbRuns.rows(db, "SELECT message_id || '|' || sender_name "
                + "FROM messages WHERE message_id IN ('K8', 'K9') ORDER BY message_id"));
    }

    @Test
    void aKeyIdTheFileRepeatsIsStoredOnceAndCountedAsPresent() throws Exception {
        // A message sent to a broadcast list sits in each recipient's chat under one key_id: the first COPY
        // straight into messages meets the repeat and the import goes through the staging table instead.
        Path file = PhoneDbFixture.build(PhoneDbSchemas.LEGACY_2018A, dir.resolve("msgstore.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, timestamp, "
                    + "media_wa_type) VALUES ('" + BEN + "', 1, 'K10', 13, 'Ich', " + PhoneDbFixture.minute(9) + ", '0')");
        }

        PhoneImportReport report = PhoneDbRuns.load(db, file, PhoneDbRuns.defaults());

        assertEquals(12, report.read());
        assertEquals(11, report.inserted());
        assertEquals(1, report.alreadyPresent());
        assertEquals(List.of(GROUP), PhoneDbRuns.rows(db, "SELECT jid FROM messages WHERE message_id = 'K10'"));
        assertEquals(List.of("4"), PhoneDbRuns.rows(db, "SELECT count(*) FROM chats"));
    }

    @Test
    void aDatabaseErrorHalfwayLeavesEverythingAsItWas() throws Exception {
        Path file = PhoneDbFixture.build(PhoneDbSchemas.TRANSITIONAL_2021, dir.resolve("msgstore.db"));
        PhoneDbRuns.load(db, file, new PhoneImportOptions(null, ANNA, null, null, null, false));
        String before = PhoneDbRuns.fingerprint(db);
        // The server refuses one of the group's messages, deep in the COPY, after the chats went in.
        db.execute("CREATE FUNCTION refuse_ich() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN IF NEW.content = 'Ich' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$");
        db.execute("CREATE TRIGGER refuse_ich BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_ich()");
        try {
            Result result = wadbImport(file.toString());

            assertEquals(3, result.exitCode(), result.err());
            assertTrue(result.err().contains("refused"), result.err());
            assertEquals(before, PhoneDbRuns.fingerprint(db));
        } finally {
            db.execute("DROP TRIGGER refuse_ich ON messages");
            db.execute("DROP FUNCTION refuse_ich()");
        }
    }

    @Test
    void aChatExportStillNeedsItsChatAndTakesNoPhoneDatabaseOptions() throws Exception {
        Path export = Files.writeString(dir.resolve("chat.txt"), "14/11/2023, 22:13 - Anna: Hallo\n");

        Result noChat = wadbImport(export.toString());
        Result since = wadbImport(export.toString(), "--chat", ANNA, "--since", "2023-11-01");

        assertEquals(1, noChat.exitCode());
        assertTrue(noChat.err().contains("--chat JID is needed for a chat export"), noChat.err());
        assertEquals(1, since.exitCode());
        assertTrue(since.err().contains("--since and --contacts are for a phone's database"), since.err());
        assertEquals(List.of(), messageIds());
    }

    @Test
    void anEncryptedBackupIsRefusedInOneLineChangingNothing() throws Exception {
        Path crypt = dir.resolve("msgstore.db.crypt14");
        byte[] noise = new byte[4096];
        new Random(14).nextBytes(noise);
        Files.write(crypt, noise);

        Result result = wadbImport(crypt.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("still encrypted") && result.err().contains(".crypt14")
                && result.err().contains("key"), result.err());
        assertEquals(List.of(), messageIds());
        assertEquals(List.of("0"), PhoneDbRuns.rows(db, "SELECT count(*) FROM chats"));
    }

    @Test
    void anSqliteFileThatIsNotWhatsAppsIsRefusedChangingNothing() throws Exception {
        Path other = dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            st.executeUpdate("INSERT INTO notes (body) VALUES ('buy milk')");
        }
        SourceState before = SourceState.of(other);

        Result result = wadbImport(other.toString());

        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("not WhatsApp's msgstore.db"), result.err());
        assertEquals(before, SourceState.of(other));
        assertEquals(List.of("0"), PhoneDbRuns.rows(db, "SELECT count(*) FROM chats"));
    }
    /**
     * On a terminal the import shows how many of the file's rows it has read (the fixture's 12 messages, and the
     * row of its edit, which is no message of its own), then clears the bar for the summary; a pipe gets the
     * summary alone.
     */
    @Test
    void aTerminalSeesHowFarTheImportHasReadThenTheSummary() throws Exception {
        Path file = PhoneDbFixture.build(PhoneDbSchemas.MODERN_2025_03, dir.resolve("msgstore.db"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation onTerminal = new Invocation(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, new TerminalFlags(false, false, true),
                null, ZoneOffset.UTC, dir, null);

        int code = Main.run(new String[] {"--url", db.url(), "import", file.toString(), "--dry-run"}, onTerminal,
                cancel -> { });

        String shown = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, shown);
        assertTrue(shown.startsWith("\r[" + "\u2588".repeat(30) + "] 100% messages 13/13\u001b[K\r\u001b[K"
                + "dry run: would import 12 of 12 messages"), shown);
        Result piped = wadbImport(file.toString(), "--dry-run");
        assertTrue(piped.err().startsWith("dry run: would import 12 of 12 messages") && !piped.err().contains("\r"),
                piped.err());
    }
}
