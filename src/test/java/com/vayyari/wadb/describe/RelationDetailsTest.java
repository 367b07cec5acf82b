package com.vayyari.wadb.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.WadbRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's describeTableDetails ({@code \d NAME}, {@code \d+ NAME}) for every kind of relation, byte for byte. */
class RelationDetailsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"parent", "child", "idents", "scratch", "measurements", "measurements_2026",
            "measurements_rest", "parent_codes", "parent_count", "parent_ids", "seq_plain", "seq_unlogged", "child_id_seq",
            "idents_a_seq", "parent_pkey", "parent_lower", "parent_trgm", "child_span_excl", "child_brin", "child_hash",
            "measurements_at", "events_at", "remote_things", "pair", "base", "derived", "derived2", "typed", "audit",
            "audit_id", "audit_code", "events", "events_a", "s2.other", "\"Mixed Case\".*", "parent*",
            "pg_catalog.pg_am", "information_schema.tables", "pg_toast.pg_toast_2619"})
    void describesEachKindAsPsqlDoes(String name) throws Exception {
        PsqlOracle.script("\\d " + name).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
        PsqlOracle.script("\\d+ " + name).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\d nosuch", "\\d a.b.c.d", "\\dS pg_am*", "\\d child extra",
            "\\set QUIET on\n\\d nosuch", "\\pset border 2\n\\d parent", "\\x\n\\d parent",
            "\\pset null NULL\n\\d seq_plain", "\\set HIDE_TABLEAM on\n\\set HIDE_TOAST_COMPRESSION on\n\\d+ parent",
"\\t on\n\\d audit",
            "\\pset format csv\n\\d child", "\\set ECHO_HIDDEN on\n\\d+ audit\n\\d+ events\n\\d seq_plain",
            "\\set ECHO_HIDDEN on\n\\d+ parent_codes\n\\d+ measurements_2026\n\\d remote_things",
            "\\set ECHO_HIDDEN noexec\n\\d parent\n\\echo :ERROR"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @Test
    void theLogGetsWhatPsqlsLogGets(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("script.sql");
        Files.writeString(script, "\\d+ parent\n\\dt par*\n\\set ECHO_HIDDEN on\n\\d seq_plain\n");
        Path psqlLog = dir.resolve("psql.log");
        Path wadbLog = dir.resolve("wadb.log");
        Processes.psql(db.name(), "-X", "-q", "-L", psqlLog.toString(), "-f", script.toString());
        WadbRun.wadb().run("--url", db.url(), "-X", "-q", "-L", wadbLog.toString(), "-f", script.toString());
        assertEquals(Files.readString(psqlLog), Files.readString(wadbLog));
    }
}
