package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** exclude, include, pause and resume: what they change, that they are idempotent, atomic and recorded. */
class StateCommandsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeEach
    void seed() throws Exception {
        db.execute("DROP TRIGGER IF EXISTS fail_on_bob ON chat_tracking_state; DROP FUNCTION IF EXISTS fail_on_bob()");
        Seed.load(db);
    }

    static Result wadbRun(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = db.url();
        System.arraycopy(args, 0, all, 2, args.length);
        return wadb().run(all);
    }

    static String scalar(String sql) throws Exception {
        return scalarIn(db, sql);
    }

    static String scalarIn(TestDatabase database, String sql) throws Exception {
        try (Connection c = database.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Result ok(String... args) {
        Result result = wadbRun(args);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    @Test
    void excludeSetsTheFlagTimeAndReasonAndRecordsTheChange() throws Exception {
        Result result = ok("exclude", "Family", "919876543210@c.us", "--reason", "it's \"private\"");
        assertTrue(result.out().contains("excluded " + Seed.FAMILY + " (Family)"), result.out());
        assertTrue(result.out().contains("excluded " + Seed.ASHA + " (Asha)"), result.out());
        assertTrue(result.out().contains("recorded as change 1"), result.out());
        assertEquals("2", scalar("SELECT count(*) FROM chat_tracking_state WHERE is_excluded AND excluded_at IS NOT NULL"
                + " AND exclude_reason = 'it''s \"private\"'"));
        assertEquals("exclude Family 919876543210@c.us --reason 'it'\\''s \"private\"'|2|0",
                scalar("SELECT command || '|' || jsonb_array_length(rows_after) || '|' || jsonb_array_length("
                        + "jsonb_path_query_array(rows_before, '$[*] ? (@.row != null)')) FROM state_changes"));
        assertEquals(current_user(), scalar("SELECT changed_by FROM state_changes"));
    }

    private static String current_user() throws Exception {
        return scalar("SELECT current_user");
    }

    @Test
    void excludeIsIdempotent() throws Exception {
        ok("exclude", Seed.BOB, "--reason", "first");
        Map<String, String> before = DbState.data(db);
        Result again = ok("exclude", Seed.BOB, "--reason", "second");
        assertTrue(again.out().contains("already excluded " + Seed.BOB + " (Bob) since"), again.out());
        assertTrue(again.out().contains("(first)"), again.out());
        assertFalse(again.out().contains("recorded"), again.out());
        assertEquals(before, DbState.data(db));
    }

    @Test
    void anUnknownJidIsRefusedUnlessCreateAndAnAmbiguousNameListsTheCandidates() throws Exception {
        Map<String, String> before = DbState.data(db);
        Result unknown = wadbRun("exclude", Seed.BOB, "4915112345678@s.whatsapp.net");
        assertEquals(1, unknown.exitCode());
        assertEquals("wadb: no chat 4915112345678@s.whatsapp.net (exclude --create adds it to chats first)\n", unknown.err());
        assertEquals(before, DbState.data(db));

        db.execute("INSERT INTO chats (jid, name) VALUES ('4400000000001@s.whatsapp.net', 'Bob')");
        Result ambiguous = wadbRun("exclude", "bob");
        assertEquals(1, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("is ambiguous: " + Seed.BOB + " (Bob), 4400000000001@s.whatsapp.net (Bob)"),
                ambiguous.err());

        Result created = ok("exclude", "4915112345678@c.us", "--create");
        assertTrue(created.out().contains("excluded 4915112345678@s.whatsapp.net"), created.out());
        assertEquals("false|true", scalar("SELECT c.is_group || '|' || t.is_excluded FROM chats c JOIN chat_tracking_state t"
                + " USING (jid) WHERE jid = '4915112345678@s.whatsapp.net'"));
    }

    @Test
    void aBadJidIsOneLineNamingIt() throws Exception {
        Result result = wadbRun("exclude", "12345@whatsapp.net");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("wadb: not a WhatsApp JID: \"12345@whatsapp.net\""), result.err());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void includeReversesExcludeAndSetsTheResumeMode() throws Exception {
        ok("exclude", "Family", "Bob");
        Result result = ok("include", "Family", "--from-now");
        assertTrue(result.out().contains("included " + Seed.FAMILY + " (Family) (resume from now)"), result.out());
        assertEquals("false|from_now|null", scalar("SELECT is_excluded || '|' || resume_mode || '|' || coalesce(exclude_reason, 'null')"
                + " FROM chat_tracking_state WHERE jid = '" + Seed.FAMILY + "'"));
        Result again = ok("include", "Family", "Asha");
        assertTrue(again.out().contains("not excluded " + Seed.FAMILY), again.out());
        assertTrue(again.out().contains("not excluded " + Seed.ASHA), again.out());
        assertEquals("2", scalar("SELECT count(*) FROM state_changes"));
        assertEquals("t", scalar("SELECT is_excluded FROM chat_tracking_state WHERE jid = '" + Seed.BOB + "'"));
    }

    @Test
    void pauseAndResumeAreIdempotentAndSayWhy() throws Exception {
        assertTrue(ok("pause", "--reason", "maintenance").out().startsWith("paused (maintenance)\n"));
        assertEquals("true|maintenance", scalar("SELECT is_paused || '|' || pause_reason FROM processing_state"));
        Result again = ok("pause", "--reason", "other");
        assertTrue(again.out().startsWith("already paused since "), again.out());
        assertTrue(again.out().contains("(maintenance)"), again.out());
        assertTrue(ok("resume").out().startsWith("resumed (paused since "));
        assertEquals("f", scalar("SELECT is_paused FROM processing_state"));
        assertTrue(ok("resume").out().startsWith("already running since "));
        assertEquals("2", scalar("SELECT count(*) FROM state_changes"));
    }

    @Test
    void resumeFromNowSetsEveryTrackedChatInTheSameChange() throws Exception {
        ok("exclude", "Family", "Bob");
        ok("include", "Family");
        ok("pause");
        Result result = ok("resume", "--from-now");
        assertTrue(result.out().contains("resume mode from now set for 2 chats"), result.out());
        assertEquals("2", scalar("SELECT count(*) FROM chat_tracking_state WHERE resume_mode = 'from_now'"));
        assertEquals("3", scalar("SELECT jsonb_array_length(rows_after) FROM state_changes ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void dryRunShowsTheChangeAndChangesNothing() throws Exception {
        ok("exclude", "Bob");
        ok("pause");
        Map<String, String> before = DbState.data(db);
        Result exclude = ok("exclude", "Family", "--reason", "r", "--dry-run");
        assertTrue(exclude.out().contains("would change chat_tracking_state " + Seed.FAMILY + ":"), exclude.out());
        assertTrue(exclude.out().contains("\"exclude_reason\": \"r\""), exclude.out());
        assertTrue(exclude.out().endsWith("dry run: nothing was changed\n"), exclude.out());
        Result include = ok("include", "Bob", "--dry-run");
        assertTrue(include.out().contains("is_excluded: true → false"), include.out());
        assertTrue(ok("resume", "--from-now", "--dry-run").out().contains("is_paused: true → false"));
        assertTrue(ok("pause", "--dry-run").out().contains("dry run"));
        assertTrue(ok("undo", "--dry-run").out().contains("would change processing_state 1:"));
        assertEquals(before, DbState.data(db));
    }

    @Test
    void explainPrintsTheTransactionAndChangesNothing() throws Exception {
        Map<String, String> before = DbState.data(db);
        Result result = ok("exclude", "Family", "--reason", "x", "--explain");
        assertTrue(result.out().startsWith("BEGIN;\nSELECT jid FROM chats WHERE jid = ANY($1) ORDER BY jid FOR NO KEY UPDATE;"),
                result.out());
        assertTrue(result.out().contains("INSERT INTO state_changes"), result.out());
        assertTrue(result.out().endsWith("COMMIT;\n"), result.out());
        assertEquals(before, DbState.data(db));
    }

    @Test
    void aFailureInTheMiddleLeavesTheOldState() throws Exception {
        ok("exclude", "Bob");
        ok("pause");
        db.execute("""
                CREATE FUNCTION fail_on_bob() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.jid = '14155550100@s.whatsapp.net' THEN RAISE EXCEPTION 'tracking of Bob is broken'; END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER fail_on_bob BEFORE INSERT OR UPDATE ON chat_tracking_state
                  FOR EACH ROW EXECUTE FUNCTION fail_on_bob();
                """);
        Map<String, String> before = DbState.data(db);
        Result exclude = wadbRun("exclude", "Asha", "Bob", "Family");
        assertEquals(3, exclude.exitCode());
        assertEquals("ERROR:  tracking of Bob is broken\nCONTEXT:  PL/pgSQL function fail_on_bob() line 3 at RAISE\n", exclude.err());
        assertEquals(before, DbState.data(db), "Asha's row, written before Bob's failed, is rolled back");

        Result resume = wadbRun("resume", "--from-now");
        assertEquals(3, resume.exitCode());
        assertEquals(before, DbState.data(db), "still paused: the flag and the resume modes change together or not at all");
    }

    @Test
    void moreThanTenChatsNeedYesInScripts() throws Exception {
        db.execute("INSERT INTO chats (jid) SELECT (4900000000000 + i) || '@s.whatsapp.net' FROM generate_series(1, 11) i");
        List<String> jids = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            jids.add((4900000000000L + i) + "@s.whatsapp.net");
        }
        Map<String, String> before = DbState.data(db);
        List<String> args = new ArrayList<>(List.of("exclude"));
        args.addAll(jids);
        Result refused = wadbRun(args.toArray(String[]::new));
        assertEquals(1, refused.exitCode());
        assertEquals("wadb: exclude would change 11 chats; add --yes to confirm (or --dry-run to see them)."
                + " Nothing was changed\n", refused.err());
        assertEquals(before, DbState.data(db));

        Result piped = wadb().stdin(String.join(" ", args) + "\n").run("--url", db.url());
        assertTrue(piped.exitCode() != 0, "a script stops at the refused change");
        assertTrue(piped.err().contains("add --yes to confirm"), piped.err());
        assertEquals(before, DbState.data(db));

        args.add("--yes");
        ok(args.toArray(String[]::new));
        assertEquals("11", scalar("SELECT count(*) FROM chat_tracking_state WHERE is_excluded"));
    }

    @Test
    void concurrentPausesSerializeIntoOneChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Result>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(pool.submit(() -> wadbRun("pause", "--reason", "race")));
            }
            int paused = 0;
            for (Future<Result> run : runs) {
                Result result = run.get();
                assertEquals(0, result.exitCode(), result.err());
                paused += result.out().startsWith("paused") ? 1 : 0;
            }
            assertEquals(1, paused);
            assertEquals("1", scalar("SELECT count(*) FROM state_changes"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pipedInputRunsStateCommandsToo() throws Exception {
        Result result = wadb().stdin("exclude Family --reason 'from a pipe'\npause\nexcluded\n").run("-q", "--url", db.url());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("excluded " + Seed.FAMILY + " (Family)"), result.out());
        assertEquals("from a pipe", scalar("SELECT exclude_reason FROM chat_tracking_state"));
        assertEquals("t", scalar("SELECT is_paused FROM processing_state"));
        assertNull(scalar("SELECT jid FROM chat_tracking_state WHERE NOT is_excluded"));

        Result undo = wadb().stdin("undo\nundo --dry-run\n").run("-q", "--url", db.url());
        assertEquals(0, undo.exitCode(), undo.err());
        assertTrue(undo.out().startsWith("undid change 2 (pause)"), undo.out());
        assertEquals("f", scalar("SELECT is_paused FROM processing_state"));
    }
}
