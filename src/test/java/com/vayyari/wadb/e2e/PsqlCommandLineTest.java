package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.PsqlOracle.Run;
import com.vayyari.wadb.support.PsqlProcess;
import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** psql's command line in wadb: positional DBNAME USERNAME, connection strings, -P, -1, -f -, -l, -L, -w, -n, -v. */
class PsqlCommandLineTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /** A second database, so psql and wadb each change their own in the tests that write. */
    @RegisterExtension
    static final TestDatabase twin = new TestDatabase();

    @TempDir
    Path dir;

    private static final String WHO = "select current_database() = 'x' as x, current_user";

    private PsqlProcess both() {
        return PsqlProcess.in(dir);
    }

    private static void assertSameRun(Run psql, Run wadb) {
        assertEquals(psql.out(), wadb.out(), "stdout; wadb stderr: " + wadb.err());
        assertEquals(PsqlOracle.normalize(psql.err()), PsqlOracle.normalize(wadb.err()), "stderr");
        assertEquals(psql.exitCode(), wadb.exitCode(), "exit code");
    }

    /** Runs both with {@code args}; the same stdout, stderr and exit code. */
    private void assertSame(String... args) throws IOException, InterruptedException {
        assertSameRun(both().psql(args), both().wadb(args));
    }

    private String query() {
        return "select current_database() = '" + db.name() + "' as right_db, current_user";
    }

    @Test
    void positionalDatabaseAndUserAsPsql() throws Exception {
        Run wadb = both().wadb("-X", "-At", db.name(), "postgres", "-c", query());
        assertEquals("t|postgres\n", wadb.out(), wadb.err());
        assertSame("-X", "-At", db.name(), "postgres", "-c", query());
        assertSame("-X", "-At", "-d", db.name(), "postgres", "-c", query());
    }

    @Test
    void aConnectionStringAsDatabaseNameAsPsql() throws Exception {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        String conninfo = "host=" + server.host() + " port = " + server.port() + " dbname='" + db.name() + "' user=" + server.user();
        assertEquals("t|postgres\n", both().wadb("-X", "-At", conninfo, "-c", query()).out());
        assertSame("-X", "-At", conninfo, "-c", query());
        assertSame("-X", "-At", "-d", conninfo, "-c", query());
        // what the string says wins over -h and -p, as libpq expands dbname after them
        assertSame("-X", "-At", "-h", "no-such-host.invalid", "-p", "1", "-d", conninfo, "-c", query());
    }

    @Test
    void aUriAsDatabaseNameAsPsql() throws Exception {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        String uri = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + db.name()
                + "?application_name=uri";
        assertSame("-X", "-At", uri, "-c", query() + ", current_setting('application_name')");
    }

    @Test
    void aBadConnectionStringIsOneLineAndExitOne() {
        Run wadb = both().wadb("-X", "host=x dbname", "-c", "select 1");
        assertEquals("wadb: missing \"=\" after \"dbname\" in connection info string\n", wadb.err());
        assertEquals(1, wadb.exitCode());
        Run quoted = both().wadb("-X", "dbname='x", "-c", "select 1");
        assertEquals("wadb: unterminated quoted string in connection info string\n", quoted.err());
    }

    @Test
    void aKnownCommandNameStaysACommand() {
        Run wadb = both().wadb("status", "--help");
        assertEquals(0, wadb.exitCode(), wadb.err());
        assertTrue(wadb.out().contains("status"), wadb.out());
    }

    @Test
    void printSettingsAsPsql() throws Exception {
        assertSame("-X", "-d", db.name(), "-P", "format=unaligned", "-P", "fieldsep=;", "-P", "null=(null)",
                "-P", "footer=off", "-c", "select 1 as a, null as b");
        assertSame("-X", "-d", db.name(), "-P", "expanded=on", "-P", "tuples_only", "-c", "select 1 as a, 'x' as b");
        assertSame("-X", "-d", db.name(), "-P", "pager=off", "-P", "format=csv", "-c", "select 1 as a");
    }

    @Test
    void anUnknownPrintSettingFailsAsPsql() throws Exception {
        assertSame("-X", "-d", db.name(), "-P", "nosuch=1", "-c", "select 1");
    }

    @Test
    void anInvalidVariableNameFailsAsPsql() throws Exception {
        assertSame("-X", "-d", db.name(), "-v", "a-b=1", "-c", "select 1");
        assertSame("-X", "-d", db.name(), "--set", "=1", "-c", "select 1");
    }

    @Test
    void variableAliasesAndEchoFlagsAreAccepted() throws Exception {
        assertSame("-X", "-At", "-d", db.name(), "--set=A=1", "--variable", "B=2", "-v", "C", "-a", "-e", "-E", "-b",
                "-n", "-w", "-c", "select 1");
    }

    @Test
    void singleTransactionRollsBackAfterAnErrorThatStops() throws Exception {
        Path script = dir.resolve("s.sql");
        Files.writeString(script, "create table t1(a int);\ninsert into t1 values (1);\nselect 1/0;\ninsert into t1 values (2);\n");
        Run psql = both().psql("-X", "-q", "-d", twin.name(), "-1", "-v", "ON_ERROR_STOP=1", "-f", "s.sql");
        Run wadb = both().wadb("-X", "-q", "-d", db.name(), "-1", "-v", "ON_ERROR_STOP=1", "-f", "s.sql");
        assertEquals(psql.out(), wadb.out());
        assertEquals(3, psql.exitCode());
        assertEquals(psql.exitCode(), wadb.exitCode(), wadb.err());
        assertEquals(tableCount(twin), tableCount(db));
        assertEquals(0, tableCount(db));
    }

    @Test
    void singleTransactionCommitsWhatRan() throws Exception {
        Path script = dir.resolve("ok.sql");
        Files.writeString(script, "create table t2(a int);\ninsert into t2 values (1);\n");
        Run psql = both().psql("-X", "-d", twin.name(), "-1", "-f", "ok.sql", "-c", "select count(*) from t2");
        Run wadb = both().wadb("-X", "-d", db.name(), "-1", "-f", "ok.sql", "-c", "select count(*) from t2");
        assertSameRun(psql, wadb);
        assertEquals(1, tableCount(db));
        db.execute("drop table t2");
        twin.execute("drop table t2");
    }

    @Test
    void singleTransactionWrapsPipedInput() throws Exception {
        String input = "select pg_current_xact_id_if_assigned() is null as no_xact, now() = statement_timestamp() as same;\n"
                + "select pg_sleep(0.01);\nselect now() = statement_timestamp() as same;\n";
        Run psql = both().stdin(input).psql("-X", "-At", "-d", db.name(), "-1");
        Run wadb = both().stdin(input).wadb("-X", "-At", "-d", db.name(), "-1");
        assertSameRun(psql, wadb);
        assertTrue(wadb.out().endsWith("f\n"), wadb.out());  // one transaction: now() stood still
    }

    @Test
    void fileDashReadsStdinAsPsql() throws Exception {
        String input = "select 1 as a;\nselect 'two' as b;\n";
        assertSameRun(both().stdin(input).psql("-X", "-d", db.name(), "-f", "-"),
                both().stdin(input).wadb("-X", "-d", db.name(), "-f", "-"));
    }

    @Test
    void listShowsTheDatabasesAsBackslashL() throws Exception {
        Run psql = both().psql("-X", "-l");
        Run wadb = both().wadb("-X", "-l");
        assertEquals(0, wadb.exitCode(), wadb.err());
        // other test classes make and drop databases meanwhile: compare the header, look for ours
        assertEquals(psql.out().lines().limit(3).toList(), wadb.out().lines().limit(3).toList());
        assertTrue(wadb.out().contains("\n " + db.name() + " "), wadb.out());
    }

    @Test
    void logFileGetsQueriesAndAlignedResultsAsPsql() throws Exception {
        Files.writeString(dir.resolve("psql.log"), "before\n");
        Files.writeString(dir.resolve("wadb.log"), "before\n");
        String[] input = {"-X", "-d", db.name(), "-A", "-c", "select 1 as a, 'x' as b", "-c", "create temp table q(a int)"};
        Run psql = both().psql(with(input, "-L", "psql.log"));
        Run wadb = both().wadb(with(input, "-L", "wadb.log"));
        assertSameRun(psql, wadb);
        assertEquals(Files.readString(dir.resolve("psql.log")), Files.readString(dir.resolve("wadb.log")));
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static int tableCount(TestDatabase database) throws SQLException {
        try (var connection = database.connect(); var statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
