package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways a psql script used to do harm under wadb, each checked in the database afterwards: a string with
 * {@code \'} under standard_conforming_strings off, inline COPY data taken for commands, and {@code \if} branches
 * not taken that ran anyway.
 */
class DangerousScriptsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path dir;

    @BeforeEach
    void victim() throws SQLException {
        db.execute("drop table if exists victim; drop table if exists t; create table victim (id int); insert into victim values (1)");
    }

    @Test
    void aBackslashQuoteUnderNonStandardStringsStaysInsideTheString() throws SQLException {
        Result result = wadb().stdin("""
                set standard_conforming_strings = off;
                select 'it\\'s; drop table victim; --' as s;
                """).run("--url", db.url(), "-q", "-A", "-t");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("it's; drop table victim; --\n", result.out());
        assertEquals(1, count("select count(*) from victim"), "the DROP inside the string must not run");
    }

    @Test
    void inlineCopyDataIsNeverRunEvenWhenTheCopyFails() throws SQLException {
        for (String copy : new String[] {"copy nosuch from stdin;", "create table t (id int);\ncopy t from stdin;"}) {
            victim();
            Result result = wadb().stdin(copy + """

                    drop table victim;
                    \\q
                    \\.
                    insert into victim values (2);
                    """).run("--url", db.url(), "-q", "-v", "ON_ERROR_STOP=0");
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(2, count("select count(*) from victim"), "data lines ran as SQL, or the script stopped: " + result.err());
        }
    }

    @Test
    void inlineCopyInsideATransactionLoadsItsRows() throws SQLException {
        Result result = wadb().stdin("begin;\ncreate table t (id int, note text);\ncopy t from stdin;\n1\ta\\tb\n2\t\\N\n\\.\ncommit;\n")
                .run("--url", db.url());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("BEGIN\nCREATE TABLE\nCOPY 2\nCOMMIT\n", result.out());
        assertEquals(1, count("select count(*) from t where note is null"));
    }

    @Test
    void aFalseBranchRunsNoQuitNoRedirectNoAssignmentNoSql() throws SQLException {
        Path file = dir.resolve("redirected.out");
        Result result = wadb().in(dir).stdin("""
                \\if false
                  \\o redirected.out
                  \\set z 1
                  drop table victim;
                  \\q
                \\endif
                \\echo [:z]
                insert into victim values (3);
                """).run("--url", db.url(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("[:z]\n", result.out());
        assertFalse(Files.exists(file), "\\o in a false branch must not open a file");
        assertEquals(2, count("select count(*) from victim"));
        assertTrue(result.err().isEmpty(), result.err());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
