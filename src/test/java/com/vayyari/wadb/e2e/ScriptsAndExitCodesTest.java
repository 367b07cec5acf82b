package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The non-interactive doors (-c, -f, stdin) as scripts use them: same results, psql's exit codes. */
class ScriptsAndExitCodesTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            create table t (id int primary key, note text);
            insert into t values (1, 'a;b'), (2, $$it's
            two lines$$);
            /* a comment; with a semicolon */ select id, note from t order by id;
            """;

    @BeforeEach
    void reset() throws SQLException {
        db.execute("drop table if exists t");
    }

    @Test
    void dashCDashFAndStdinGiveTheSameOutput() throws IOException, SQLException {
        Path file = dir.resolve("script.sql");
        Files.writeString(file, SCRIPT);
        Result fromFile = wadb().run("--url", db.url(), "-A", "-f", file.toString());
        reset();
        Result fromStdin = wadb().stdin(SCRIPT).run("--url", db.url(), "-A");
        reset();
        Result fromC = wadb().run("--url", db.url(), "-A", "-c", SCRIPT);
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(fromFile.out(), fromStdin.out());
        assertEquals(fromFile.out(), fromC.out());
        assertEquals("CREATE TABLE\nINSERT 0 2\nid|note\n1|a;b\n2|it's\ntwo lines\n(2 rows)\n", fromFile.out());
    }

    @Test
    void anSqlErrorStopsTheScriptWithExitThreeAndPsqlsMessage() throws SQLException {
        Result result = wadb().stdin("create table t (id int);\nselect * from no_such_table;\ninsert into t values (1);\n")
                .run("--url", db.url(), "-q");
        assertEquals(3, result.exitCode());
        assertEquals("ERROR:  relation \"no_such_table\" does not exist\nLINE 1: select * from no_such_table;\n                      ^\n", result.err());
        assertEquals(0, count("select count(*) from t"), "the statement after the error must not run");
    }

    /** wadb's own --continue-on-error still reports the failure; ON_ERROR_STOP=0 is psql's, which exits 0. */
    @Test
    void continueOnErrorRunsTheRestButStillReportsFailure() throws SQLException {
        for (String[] flags : new String[][] {{"--continue-on-error"}, {"-v", "ON_ERROR_STOP=0"}}) {
            reset();
            String[] args = new String[flags.length + 3];
            args[0] = "--url";
            args[1] = db.url();
            args[2] = "-q";
            System.arraycopy(flags, 0, args, 3, flags.length);
            Result result = wadb().stdin("create table t (id int);\nselect 1/0;\ninsert into t values (1);\n").run(args);
            assertEquals(flags.length == 1 ? 3 : 0, result.exitCode());
            assertEquals(1, count("select count(*) from t"));
        }
    }

    @Test
    void badArgumentsAndMissingFilesAreExitOne() {
        Result unknown = wadb().run("--url", db.url(), "--no-such-flag");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("wadb: Unknown option"), unknown.err());

        Result missing = wadb().run("--url", db.url(), "-f", dir.resolve("nope.sql").toString());
        assertEquals(1, missing.exitCode());
        assertEquals(1, missing.err().lines().count(), missing.err());

        Result format = wadb().run("--url", db.url(), "--format", "yaml", "-c", "select 1");
        assertEquals(1, format.exitCode());
        assertTrue(format.err().contains("unknown format"), format.err());
    }

    @Test
    void noServerIsExitTwo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Result result = wadb().run("--url", "postgresql://postgres@127.0.0.1:" + port + "/x", "-c", "select 1");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().lines().count());
    }

    @Test
    void invalidUtf8InputIsAClearErrorAndRunsNothing() throws IOException, SQLException {
        byte[] bad = "create table t (id int);\nselect 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        Result piped = wadb().stdin(bad).run("--url", db.url());
        assertEquals(1, piped.exitCode());
        assertTrue(piped.err().contains("invalid UTF-8"), piped.err());
        Path file = dir.resolve("latin1.sql");
        Files.write(file, bad);
        Result fromFile = wadb().run("--url", db.url(), "-f", file.toString());
        assertEquals(1, fromFile.exitCode());
        assertTrue(fromFile.err().contains("latin1.sql: invalid UTF-8"), fromFile.err());
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path out = dir.resolve("out.txt");
        Result ok = wadb().run("--url", db.url(), "-A", "-t", "-o", out.toString(), "-c", "select 42");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("42\n", Files.readString(out));

        Files.writeString(out, "precious\n");
        Result failed = wadb().run("--url", db.url(), "-A", "-t", "-o", out.toString(),
                "-c", "select 1", "-c", "select 1/0");
        assertEquals(3, failed.exitCode());
        assertEquals("precious\n", Files.readString(out), "a failed run must leave the existing file untouched");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file may be left behind");
        }

        Result unwritable = wadb().run("--url", db.url(), "-o", dir.resolve("no/such/dir/x.csv").toString(), "-c", "select 1");
        assertEquals(1, unwritable.exitCode());
        assertFalse(unwritable.err().contains("Exception"), unwritable.err());
    }

    @Test
    void transactionsTypedByTheUserAreHonoured() throws SQLException {
        Result result = wadb().stdin("""
                create table t (id int);
                begin;
                insert into t values (1);
                select count(*) from t;
                rollback;
                insert into t values (2);
                """).run("--url", db.url(), "-q", "-A", "-t");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("1\n", result.out());
        assertEquals(1, count("select count(*) from t where id = 2"));
        assertEquals(0, count("select count(*) from t where id = 1"));
    }

    private static long count(String sql) throws SQLException {
        try (var c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
