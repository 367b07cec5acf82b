package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's listTables ({@code \dt}, {@code \di}, {@code \dv}, {@code \dm}, {@code \ds}, {@code \dE}), byte for byte. */
class RelationListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\d", "\\dS+ pg_am*", "\\dt", "\\dt+", "\\dtS pg_class", "\\dtvS pg_class*", "\\di",
            "\\di+", "\\dti+ parent*", "\\dv", "\\dv+", "\\dm+", "\\ds", "\\ds+", "\\dE", "\\dE+", "\\dmv", "\\dt s2.*",
            "\\dt \"Mixed Case\".*", "\\dt \"Mixed Case\".\"Odd Name\"", "\\dt *.other", "\\dt child|parent",
            "\\dt pare?t", "\\dt nosuch", "\\dt nosuch.*", "\\dt a.b.c.d", "\\dt otherdb.public.parent",
            "\\dt pg_catalog.pg_cl*", "\\dt pg_toast.*", "\\dt parent extra", "\\di *_pkey", "\\dt $x", "\\dt \"par\"\"ent\""})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\pset null NULL\n\\dt+", "\\set HIDE_TABLEAM on\n\\dt+", "\\set QUIET on\n\\dt nosuch",
            "\\x\n\\dt", "\\pset format unaligned\n\\dt", "\\set ECHO_HIDDEN on\n\\dti+ par*",
            "\\set ECHO_HIDDEN noexec\n\\dt\n\\echo :ERROR"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
