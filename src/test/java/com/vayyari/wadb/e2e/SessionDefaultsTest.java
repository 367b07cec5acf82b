package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.PsqlOracle.Run;
import com.vayyari.wadb.support.PsqlProcess;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a session starts with, compared with psql: TimeZone and DateStyle (the database's and role's defaults,
 * PGTZ, PGDATESTYLE, PGOPTIONS; never this JVM's zone) and the start-up file (psql's ~/.psqlrc rules).
 */
class SessionDefaultsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path home;

    private static final String SHOW = "show timezone; show datestyle; "
            + "select '2024-01-02 03:04:05+00'::timestamptz as t, '03/04/2024'::date as d;";

    @AfterEach
    void resetDefaults() throws Exception {
        db.execute("alter database " + db.name() + " reset all");
        db.execute("alter role current_user in database " + db.name() + " reset all");
    }

    private void assertSameAsPsql(PsqlProcess both, String... args) throws Exception {
        Run psql = both.psql(args);
        Run wadb = both.wadb(args);
        assertEquals(psql.out(), wadb.out(), "stdout; wadb stderr: " + wadb.err());
        assertEquals(PsqlOracle.normalize(psql.err()), PsqlOracle.normalize(wadb.err()), "stderr");
        assertEquals(psql.exitCode(), wadb.exitCode());
    }

    @Test
    void theServersZoneWithoutPgtz() throws Exception {
        Run wadb = PsqlProcess.in(home).env("TZ", "Pacific/Chatham").wadb("-X", "-At", "-d", db.name(), "-c", "show timezone");
        Run psql = PsqlProcess.in(home).psql("-X", "-At", "-d", db.name(), "-c", "show timezone");
        assertEquals(psql.out(), wadb.out(), wadb.err());
    }

    @Test
    void theDatabasesDefaultsAsPsql() throws Exception {
        db.execute("alter database " + db.name() + " set timezone = 'Asia/Kolkata'");
        db.execute("alter database " + db.name() + " set datestyle = 'ISO, DMY'");
        assertSameAsPsql(PsqlProcess.in(home), "-X", "-d", db.name(), "-c", SHOW);
        Run wadb = PsqlProcess.in(home).wadb("-X", "-At", "-d", db.name(), "-c", "show timezone");
        assertEquals("Asia/Kolkata\n", wadb.out(), wadb.err());
    }

    @Test
    void theRoleInDatabaseOutranksTheDatabaseAsPsql() throws Exception {
        db.execute("alter database " + db.name() + " set timezone = 'Asia/Kolkata'");
        db.execute("alter role current_user in database " + db.name() + " set timezone = 'Pacific/Auckland'");
        assertSameAsPsql(PsqlProcess.in(home), "-X", "-d", db.name(), "-c", SHOW);
    }

    @Test
    void pgtzAndPgdatestyleWinAsPsql() throws Exception {
        db.execute("alter database " + db.name() + " set timezone = 'Asia/Kolkata'");
        assertSameAsPsql(PsqlProcess.in(home).env("PGTZ", "America/New_York").env("PGDATESTYLE", "ISO, DMY"),
                "-X", "-d", db.name(), "-c", SHOW);
    }

    @Test
    void aNonIsoDateStyleFromTheDatabaseOrPgdatestyleAsPsql() throws Exception {
        db.execute("alter database " + db.name() + " set datestyle = 'Postgres, MDY'");
        assertSameAsPsql(PsqlProcess.in(home), "-X", "-d", db.name(), "-c", SHOW);
        assertSameAsPsql(PsqlProcess.in(home).env("PGDATESTYLE", "SQL, DMY"), "-X", "-d", db.name(), "-c", SHOW);
    }

    @Test
    void settingANonIsoDateStyleKeepsTheSessionAsInPsql() throws Exception {
        // pgjdbc drops a connection whose DateStyle stops starting with ISO; the transaction must survive it.
        String script = """
                begin;
                create temp table kept (d date);
                set datestyle = 'German';
                insert into kept values ('2024-03-05');
                select d, d + interval '1 hour' as later, array[d] as arr, row(d) as rec from kept;
                set datestyle to sql, dmy;
                select d, '2024-03-05 10:00:00+00'::timestamptz as t from kept;
                reset datestyle;
                select d from kept;
                commit;
                """;
        assertSameAsPsql(PsqlProcess.in(home).stdin(script), "-X", "-d", db.name(), "-v", "ON_ERROR_STOP=1");
    }

    @Test
    void pgoptionsAsPsql() throws Exception {
        assertSameAsPsql(PsqlProcess.in(home).env("PGOPTIONS", "-c TimeZone=Europe/Paris -c search_path=elsewhere"),
                "-X", "-At", "-d", db.name(), "-c", "show timezone", "-c", "show search_path");
    }

    @Test
    void anInvalidPgtzFailsToConnect() {
        Run wadb = PsqlProcess.in(home).env("PGTZ", "No/Such_Zone").wadb("-X", "-d", db.name(), "-c", "select 1");
        assertEquals(2, wadb.exitCode(), wadb.err());
    }

    @Test
    void theStartupFileRunsFirstAsPsqlrc() throws Exception {
        String rc = "\\pset null '(nil)'\nselect 'from rc' as rc;\n";
        Files.writeString(home.resolve(".psqlrc"), rc);
        Files.writeString(home.resolve(".wadbrc"), rc);
        assertSameAsPsql(PsqlProcess.in(home), "-d", db.name(), "-c", "select null as n");
        assertSameAsPsql(PsqlProcess.in(home).stdin("select null as n;\n"), "-d", db.name());
    }

    @Test
    void dashXSkipsTheStartupFile() throws Exception {
        Files.writeString(home.resolve(".psqlrc"), "select 'from rc' as rc;\n");
        Files.writeString(home.resolve(".wadbrc"), "select 'from rc' as rc;\n");
        assertSameAsPsql(PsqlProcess.in(home), "-X", "-At", "-d", db.name(), "-c", "select 1");
    }

    @Test
    void theEnvironmentNamesTheStartupFileAsPsqlrc() throws Exception {
        Files.writeString(home.resolve("my.rc"), "select 'named' as rc;\n");
        Files.writeString(home.resolve(".wadbrc"), "select 'home' as rc;\n");
        Files.writeString(home.resolve(".psqlrc"), "select 'home' as rc;\n");
        assertSameAsPsql(PsqlProcess.in(home).env("PSQLRC", "~/my.rc").env("WADBRC", "~/my.rc"),
                "-At", "-d", db.name(), "-c", "select 1");
    }

    @Test
    void aVersionedStartupFileIsPreferred() throws Exception {
        Files.writeString(home.resolve(".wadbrc"), "select 'plain' as rc;\n");
        Files.writeString(home.resolve(".wadbrc-dev"), "select 'versioned' as rc;\n");  // tests run wadb "dev"
        Run wadb = PsqlProcess.in(home).wadb("-At", "-d", db.name(), "-c", "select 1");
        assertEquals("versioned\n1\n", wadb.out(), wadb.err());
    }
}
