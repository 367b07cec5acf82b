package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.session.SessionOptions;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: the statements a {@code default_transaction_read_only} server runs all the same, although they lift
 * read-only or change something outside the transaction's check. Each one was let through; now wadb refuses it
 * with one line before the server sees it (read from the server's own log), and nothing changes: no large object,
 * no file, no setting in postgresql.auto.conf, no row, and the session stays read-only.
 */
class ReadOnlyBackDoorsTest {

    private static final String REFUSED = " is refused: this session is read-only (--read-only or WADB_READ_ONLY)\n";
    /** A file a COPY or lo_export through the back door would write; the server runs as another user, so /tmp. */
    private static final Path SERVER_FILE = Path.of("/tmp", "wadb-read-only-" + ProcessHandle.current().pid() + ".out");

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster("log_statement = 'all'", "log_line_prefix = '%m [%p] %a: '");

    @BeforeAll
    static void aTableAndALargeObjectFree() throws Exception {
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE chats (jid text PRIMARY KEY, name text)");
            st.execute("INSERT INTO chats VALUES ('911111111111@s.whatsapp.net', 'Asha')");
            st.execute("CREATE MATERIALIZED VIEW names AS SELECT name FROM chats");
        }
    }

    @AfterEach
    void noServerFileLeft() throws Exception {
        Files.deleteIfExists(SERVER_FILE);
    }

    /** Each back door, and what it names in the refusal. */
    static Stream<Arguments> backDoors() {
        String file = SERVER_FILE.toString();
        return Stream.of(
                Arguments.of("select lo_import('/etc/hostname')", "lo_import()"),
                Arguments.of("SeLeCt pg_catalog.\"lo_create\"(0)", "lo_create()"),
                Arguments.of("select lo_from_bytea(0, 'x')", "lo_from_bytea()"),
                Arguments.of("select lo_export(lo_from_bytea(0, 'x'), '" + file + "')", "lo_export()"),
                Arguments.of("/* c */ alter system set work_mem = '7MB'", "ALTER SYSTEM"),
                Arguments.of("copy chats to '" + file + "'", "COPY to or from a server file or program"),
                Arguments.of("copy (select 1) to program 'cat > " + file + "'", "COPY to or from a server file or program"),
                Arguments.of("vacuum chats", "VACUUM"),
                Arguments.of("analyze chats", "ANALYZE"),
                Arguments.of("reindex table chats", "REINDEX"),
                Arguments.of("checkpoint", "CHECKPOINT"),
                Arguments.of("refresh materialized view names", "REFRESH MATERIALIZED VIEW"),
                Arguments.of("do $$ begin perform lo_import('/etc/hostname'); end $$", "DO (code wadb cannot check)"),
                Arguments.of("select set_config('default_transaction_read_only', 'off', false)", "set_config()"),
                Arguments.of("set default_transaction_read_only = off", "SET default_transaction_read_only"),
                Arguments.of("reset default_transaction_read_only", "RESET default_transaction_read_only"),
                Arguments.of("set session characteristics as transaction read write", "SET … READ WRITE"),
                Arguments.of("begin read write", "BEGIN … READ WRITE"),
                Arguments.of("start transaction read write", "START … READ WRITE"));
    }

    @ParameterizedTest(name = "-c {0}")
    @MethodSource("backDoors")
    void onTheCommandLineTheBackDoorIsRefusedBeforeTheServerSeesIt(String sql, String what) throws Exception {
        String before = state();
        long logAt = Files.size(cluster.log());
        Result result = wadb().run("--url", cluster.url(), "--read-only", "-c", sql);

        assertEquals("wadb: " + what + REFUSED, result.err());
        assertEquals(1, result.exitCode(), "as a refused command: " + result.err());
        assertFalse(logSince(logAt).contains(sql), "the server saw the refused statement");
        assertEquals(before, state(), "nothing may change");
    }

    /**
     * Piped, the refusal is the script's first failure (exit 1) and it goes on with {@code --continue-on-error}: the
     * write after it still fails on the server, and the session is still read-only.
     */
    @ParameterizedTest(name = "stdin {0}")
    @MethodSource("backDoors")
    void pipedTheBackDoorIsRefusedAndTheNextWriteStillFails(String sql, String what) throws Exception {
        String before = state();
        Result result = wadb().env("WADB_READ_ONLY", "1").stdin(sql + ";\n"
                        + "insert into chats values ('922222222222@s.whatsapp.net', 'Ravi');\n"
                        + "show default_transaction_read_only;\nshow transaction_read_only;\n")
                .run("--url", cluster.url(), "-A", "-t", "--continue-on-error");

        assertEquals(1, result.exitCode(), result.err());
        assertEquals("on\non\n", result.out(), result.err());
        assertEquals("wadb: " + what + REFUSED + "ERROR:  cannot execute INSERT in a read-only transaction\n",
                result.err());
        assertEquals(before, state(), "nothing may change");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"begin;\nset transaction_read_only = off;\ninsert into chats values ('9', 'x');\ncommit;\n",
            "select 1 \\; alter system set work_mem = '7MB';\n",
            "copy chats from stdin where lo_import('/etc/hostname') > 0;\n933333333333@s.whatsapp.net\tCopied\n\\.\n",
            "\\copy (select lo_import('/etc/hostname')) to stdout\n", "select 'vacuum chats' \\gexec\n",
            "select 'alter system set work_mem = ''7MB''' as q \\gset\n:q;\n",
            "export --query \"select lo_from_bytea(0, 'x')\" --format csv\n"})
    void aScriptIsRefusedAtTheBackDoorAndNoDataOfItRuns(String script) throws Exception {
        String before = state();
        Result result = wadb().stdin(script).run("--url", cluster.url(), "--read-only", "-q");

        assertEquals(1, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertTrue(result.err().endsWith(REFUSED), result.err());
        assertEquals(before, state(), "nothing may change");
    }

    @Test
    void atThePromptTheBackDoorIsRefusedAndTheSessionGoesOnReadOnly() throws Exception {
        String before = state();
        SessionOptions readOnly = new SessionOptions(false, true, true, 0, false, false);
        try (InteractiveShell repl = new InteractiveShell(cluster.url(), readOnly)) {
            InteractiveShell.Said refused = repl.type("SeLeCt \"set_config\"('DEFAULT_TRANSACTION_READ_ONLY', 'off', false);");
            assertEquals("wadb: set_config()" + REFUSED, refused.err());
            InteractiveShell.Said lo = repl.type("select lo_import('/etc/hostname');");
            assertEquals("wadb: lo_import()" + REFUSED, lo.err());
            InteractiveShell.Said insert = repl.type("insert into chats values ('944444444444@s.whatsapp.net', 'Mira');");
            assertTrue(insert.err().startsWith("ERROR:  cannot execute INSERT in a read-only transaction"), insert.err());
            assertTrue(repl.type("show default_transaction_read_only;").out().contains(" on\n"));
        }
        assertEquals(before, state(), "nothing may change");
    }

    /**
     * psql's {@code \lo_import} and {@code \lo_unlink} are no commands of wadb's (they never ran): should they come,
     * a read-only session must refuse them, and this says so.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\lo_import /etc/hostname", "\\lo_unlink 1", "\\lo_export 1 /tmp/x"})
    void largeObjectBackslashCommandsWriteNothing(String line) throws Exception {
        String before = state();
        Result result = wadb().stdin(line + "\n").run("--url", cluster.url(), "--read-only");
        assertEquals("wadb: invalid command " + line.split(" ")[0] + "\n", result.err());
        assertEquals(3, result.exitCode(), result.err());
        assertEquals(before, state(), "nothing may change");
    }

    /** A {@code \connect} string with options of its own does not lift read-only; PGOPTIONS never did. */
    @Test
    void aNewConnectionStringCannotTurnReadOnlyOff() throws Exception {
        String before = state();
        String off = cluster.url() + "?options=-c%20default_transaction_read_only%3Doff";
        Result result = wadb().env("PGOPTIONS", "-c default_transaction_read_only=off")
                .stdin("\\connect " + off + "\nshow default_transaction_read_only;\n"
                        + "insert into chats values ('966666666666@s.whatsapp.net', 'x');\n")
                .run("--url", cluster.url(), "--read-only", "-q", "-A", "-t");
        assertEquals("on\n", result.out(), result.err());
        assertEquals("ERROR:  cannot execute INSERT in a read-only transaction\n", result.err());
        assertEquals(3, result.exitCode());
        assertEquals(before, state(), "nothing may change");
    }

    /** What only reads the same words, or keeps read-only on, is not refused: it reaches the server as before. */
    @Test
    void readingTheSettingsAndLargeObjectsStillWorks() {
        Result result = wadb().run("--url", cluster.url(), "--read-only", "-q", "-A", "-t",
                "-c", "set default_transaction_read_only = on", "-c",
                "select current_setting('default_transaction_read_only'), count(*) from pg_largeobject_metadata",
                "-c", "select set_config('application_name', 'still allowed', false)",
                "-c", "copy (select 'alter system') to stdout");
        assertEquals("on|0\nstill allowed\nalter system\n", result.out(), result.err());
        assertEquals(0, result.exitCode(), result.err());
    }

    @ParameterizedTest(name = "WADB_READ_ONLY={0}")
    @ValueSource(strings = {"2", "maybe", "t", "y", "onn", " 1", "-1", "true\n"})
    void anUnknownWadbReadOnlyValueIsAnErrorNotOff(String value) throws Exception {
        String before = state();
        Result result = wadb().env("WADB_READ_ONLY", value)
                .run("--url", cluster.url(), "-c", "insert into chats values ('955555555555@s.whatsapp.net', 'x')");
        assertEquals(1, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertTrue(result.err().startsWith("wadb: WADB_READ_ONLY=") && result.err().contains(" is not a switch: use 1,"),
                result.err());
        Result withFlag = wadb().env("WADB_READ_ONLY", value).run("--url", cluster.url(), "--read-only", "-c", "select 1");
        assertEquals(1, withFlag.exitCode(), "junk is an error with --read-only too: " + withFlag.err());
        assertEquals(result.err(), withFlag.err());
        assertEquals(before, state(), "nothing may change");
    }

    @ParameterizedTest(name = "WADB_READ_ONLY={0}")
    @ValueSource(strings = {"1", "true", "TRUE", "on", "On", "yes", "YES", "0", "false", "False", "off", "OFF", "no",
            "No", ""})
    void theDocumentedSpellingsStillWork(String value) {
        Result result = wadb().env("WADB_READ_ONLY", value)
                .run("--url", cluster.url(), "-A", "-t", "-c", "show default_transaction_read_only");
        boolean on = List.of("1", "true", "on", "yes").contains(value.toLowerCase(java.util.Locale.ROOT));
        assertEquals(on ? "on\n" : "off\n", result.out(), result.err());
        assertEquals(0, result.exitCode(), result.err());
    }

    /**
     * The database, its large objects, the settings written by ALTER SYSTEM and the file a back door would write:
     * what must be the same after a refused statement.
     */
    private static String state() throws Exception {
        StringBuilder state = new StringBuilder(Fingerprint.of("127.0.0.1", cluster.port(), "postgres", OwnCluster.DATABASE));
        try (Connection c = cluster.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM pg_largeobject_metadata),"
                     + " (SELECT count(*) FROM pg_file_settings WHERE sourcefile LIKE '%postgresql.auto.conf'),"
                     + " (SELECT count(*) FROM chats)")) {
            rs.next();
            state.append(" large objects ").append(rs.getLong(1)).append(", auto.conf settings ").append(rs.getLong(2))
                    .append(", chats ").append(rs.getLong(3));
        }
        return state.append(Files.exists(SERVER_FILE) ? ", server file written" : "").toString();
    }

    /** The log written since {@code offset}, once the server has written what it had to. */
    private static String logSince(long offset) throws Exception {
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT 'log flushed'");
        }
        byte[] all = Files.readAllBytes(cluster.log());
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }
}
