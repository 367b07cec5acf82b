package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's text search lists ({@code \dF}, {@code \dFd}, {@code \dFp}, {@code \dFt}) and their + forms. */
class TextSearchListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dF", "\\dF plain*", "\\dF public.*", "\\dF nosuch", "\\dF a.b.c.d", "\\dFS",
            "\\dF+ plain_english", "\\dF+ pg_catalog.english", "\\dF+ s?mple", "\\dF+ nosuch", "\\dF+ a.b.c.d",
            "\\dFd", "\\dFd+", "\\dFdS english*", "\\dFd+ pg_catalog.*_stem", "\\dFd nosuch",
            "\\dFp", "\\dFp+", "\\dFp+ default", "\\dFp+ pg_catalog.*", "\\dFp+ nosuch", "\\dFpS",
            "\\dFt", "\\dFt+", "\\dFt+ simple", "\\dFtS pg_catalog.*", "\\dFt nosuch"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\set QUIET on\n\\dF+ nosuch\n\\echo not reached", "\\dFp+ nosuch\n\\echo not reached",
            "\\pset footer off\n\\dFp+ default", "\\pset footer off\n\\dF+ plain_english"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
