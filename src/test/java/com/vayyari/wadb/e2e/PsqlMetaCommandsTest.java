package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code \g}/{@code \gx} destinations and options, {@code \o |command}, {@code \crosstabview}, {@code \c}, {@code \encoding}: as psql 15. */
class PsqlMetaCommandsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String TABLE = "create table t (a int, b text);\ninsert into t values (1, 'x'), (2, null);\n";

    private static final String SALES = "create table sales (region text, month text, amount int, mnum int);"
            + "insert into sales values ('north', 'jan', 10, 1), ('south', 'feb', 20, 2), ('north', 'feb', 30, 2),"
            + " ('east', 'mar', null, 3), (null, 'jan', 5, 1), ('south', null, 7, 0);";

    @TempDir
    Path dir;

    @Test
    void gTakesPrintOptionsForOneQueryOnly() throws Exception {
        PsqlOracle.script(TABLE
                + "select * from t order by a \\g (format=csv tuples_only=on)\n"
                + "select * from t order by a \\gx (null=NULL footer=off)\n"
                + "select * from t order by a \\g (format=unaligned fieldsep=# t)\n"
                + "select * from t order by a \\g ( expanded )\n"
                + "select * from t order by a \\gx (expanded=off format=unaligned)\n"
                + "select 'still aligned' as after;\n").args("-q").viaFile().assertSame();
    }

    @Test
    void gWritesToAFileInTheCallersDirectory() throws Exception {
        PsqlOracle.script(TABLE
                + "select * from t order by a \\g out.txt\n"
                + "select * from t order by a \\g (format=csv) csv.txt\n"
                + "select 1 \\g |cat >/dev/null; cat out.txt csv.txt\n").args("-q").viaFile().assertSame();
    }

    /** psql's spelled-out names: {@code \\reset} and the others were "invalid command" (issue 17). */
    @Test
    void longNamesAreTheShortCommands() throws Exception {
        Files.writeString(dir.resolve("inc.sql"), "select 'included' as i;\n");
        PsqlOracle.script("select 1\n\\reset\nselect 2 as two;\n\\print\nselect 3 as three \\write " + dir.resolve("w.sql")
                + "\n\\reset\n\\include " + dir.resolve("inc.sql") + "\n\\out " + dir.resolve("o.txt") + "\nselect 4;\n\\out\n"
                + "\\quit\nselect 'not reached';\n").viaFile().assertSame();
    }

    /** A file {@code \\copy} cannot open is named as typed, with the system's reason (it said only the name). */
    @Test
    void copyNamesTheFileItCannotOpenAsPsqlDoes() throws Exception {
        PsqlOracle.script("\\copy pg_class from nowhere.csv").viaCommand().assertSame();
        PsqlOracle.script(TABLE + "\\copy t from nowhere.csv\n\\copy t from '" + dir + "'\n\\copy t to '" + dir + "'\n"
                + "\\copy t to " + dir.resolve("no/such/dir.csv") + "\nselect 'after' as a;\n")
                .args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
    }

    @Test
    void gFileLandsWhereTheCallerIs() throws Exception {
        Result result = wadb().in(dir).stdin("select 1 as one \\g result.txt\n\\gx result-x.txt\n").run("--url", db.url(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(" one \n-----\n   1\n(1 row)\n\n", Files.readString(dir.resolve("result.txt")));
        assertEquals("-[ RECORD 1 ]\none | 1\n\n", Files.readString(dir.resolve("result-x.txt")));
    }

    @Test
    void gAndOPipeToAShellCommand() throws Exception {
        PsqlOracle.script(TABLE
                + "select * from t order by a \\g | tr a-z A-Z\n"
                + "\\gx |cat -n\n"
                + "select * from t order by a \\g (format=csv) | sort -r\n"
                + "\\o | tr a-z A-Z\n"
                + "select 'abc' as x;\n"
                + "select 'def' as y;\n"
                + "\\o\n"
                + "select 'back on stdout' as z;\n").args("-q").viaFile().assertSame();
    }

    @Test
    void pipedCommandRunsInTheCallersDirectoryWithTheCallersEnvironment() {
        Result result = wadb().in(dir).env("WADB_PIPE_TEST", "seen")
                .stdin("select 1 \\g |cat >/dev/null; echo $WADB_PIPE_TEST; pwd\n").run("--url", db.url(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("seen\n" + dir.toAbsolutePath() + "\n", result.out());
    }

    @Test
    void gOptionAndFileErrorsAreThoseOfPsql() throws Exception {
        for (String line : new String[] {"select 1 \\g (foo=bar)", "select 1 \\g (format=csv", "select 1 \\g (t=maybe)",
            "select 1 \\g no-such-dir/out.txt", "\\o no-such-dir/out.txt"}) {
            PsqlOracle.script(line + "\n").args("-q", "-v", "ON_ERROR_STOP=1").ignoringErrorLocation().viaFile().assertSame();
        }
    }

    @Test
    void crosstabPivotsInFirstAppearanceOrder() throws Exception {
        PsqlOracle.script("select region, month, amount from sales \\crosstabview\n"
                + "\\crosstabview month region\n"
                + "\\crosstabview 2 1 3\n"
                + "select region, month, amount, mnum from sales order by amount \\crosstabview region month amount mnum\n"
                + "select region as \"Region\", month, amount from sales order by 1, 2 \\crosstabview \"Region\" MONTH\n")
                .setup(SALES).args("-q").viaFile().assertSame();
    }

    @Test
    void crosstabPrintsThroughTheCurrentFormat() throws Exception {
        PsqlOracle.script("\\pset null (none)\n"
                + "select region, month, amount from sales order by 1, 2 \\crosstabview\n"
                + "\\pset format unaligned\n"
                + "\\crosstabview\n"
                + "\\pset format csv\n"
                + "\\crosstabview\n"
                + "\\pset format aligned\n"
                + "\\x on\n"
                + "\\crosstabview\n")
                .setup(SALES).args("-q").viaFile().assertSame();
    }

    @Test
    void crosstabErrorsAreThoseOfPsql() throws Exception {
        String[] scripts = {
            "select 1, 2 \\crosstabview\n",
            "select 1, 2, 3, 4 \\crosstabview\n",
            "select 1 as a, 2 as b, 3 as c \\crosstabview a a\n",
            "select 1 as a, 2 as b, 3 as c \\crosstabview nosuch\n",
            "select 1 as a, 2 as b, 3 as c \\crosstabview 9\n",
            "select 1 as a, 2 as a, 3 as c \\crosstabview a\n",
            "select region, 'all', amount from sales \\crosstabview\n",
            "\\pset null -\nselect region, 'x', amount from sales where region is null or month = 'jan' \\crosstabview 2 1\n",
        };
        for (String script : scripts) {
            PsqlOracle.script(script).setup(SALES).args("-q", "-v", "ON_ERROR_STOP=1").ignoringErrorLocation()
                    .viaFile().assertSame();
        }
    }

    @Test
    void connectPrintsPsqlsLine() throws Exception {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        String host = server.host();
        int port = server.port();
        PsqlOracle.script("\\c postgres\n"
                + "select current_database();\n"
                + "\\c - -\n"
                + "\\connect postgres " + server.user() + " - -\n"
                + "\\c postgresql://" + server.user() + "@" + host + ":" + port + "/postgres\n"
                + "\\c 'dbname=postgres host=" + host + " port=" + port + " user=" + server.user() + "'\n"
                + "select current_database(), current_user;\n").viaFile().assertSame();
    }

    @Test
    void connectNamesTheHostAndAddressWhenTheyChange() throws Exception {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        // Behind Docker's port mapping the server sees another address than the client dialled: wadb asks the server.
        Required.orSkip(server.host().equals("127.0.0.1"), "the host-change message needs a server reached as 127.0.0.1");
        PsqlOracle.script("\\c postgres - localhost\n\\c postgres - 127.0.0.1 " + server.port() + "\n\\c - - - "
                + server.port() + "\n").viaFile().assertSame();
    }

    @Test
    void connectIsQuietWithQ() throws Exception {
        PsqlOracle.script("\\c postgres\nselect current_database();\n").args("-q").viaFile().assertSame();
    }

    @Test
    void failedConnectEndsAScriptWithExitCodeTwo() throws Exception {
        PsqlOracle.script("\\c wadb_no_such_database\nselect 'not reached';\n").ignoringErrorLocation().viaFile().assertSame();
        PsqlOracle.script("\\c postgres x y z\nselect 'not reached';\n").ignoringErrorLocation().viaFile().assertSame();
        PsqlOracle.script("\\c postgresql://localhost/postgres postgres\n").args("-v", "ON_ERROR_STOP=1")
                .ignoringErrorLocation().viaFile().assertSame();
    }

    @Test
    void encodingIsUtf8() throws Exception {
        PsqlOracle.script("\\encoding\n\\encoding UTF8\n\\encoding\n\\encoding unicode\n\\encoding\n")
                .viaFile().assertSame();
        PsqlOracle.script("\\encoding no_such_encoding\n").args("-v", "ON_ERROR_STOP=1").ignoringErrorLocation()
                .viaFile().assertSame();
    }

    @Test
    void otherEncodingsAreRefusedInOneLine() {
        Result result = wadb().stdin("\\encoding LATIN1\n\\encoding\n").run("--url", db.url(), "-v", "ON_ERROR_STOP=0");
        assertEquals("UTF8\n", result.out());
        assertTrue(result.err().equals("wadb: \\encoding: wadb reads and writes UTF8 only; cannot switch to LATIN1\n"),
                result.err());
    }
}
