package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's listExtensions, listExtensionContents ({@code \dx+}) and listExtendedStats ({@code \dX}), byte for byte. */
class ExtensionListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dx", "\\dx citext", "\\dx cit?xt", "\\dx \"CITEXT\"", "\\dxS", "\\dx nosuch", "\\dx+",
            "\\dx+ citext", "\\dx+ plpg*", "\\dx+ nosuch", "\\dx a.b", "\\dX", "\\dX child*", "\\dX public.*",
            "\\dX s2.*", "\\dX nosuch", "\\dX a.b.c.d", "\\dX otherdb.public.child_stats", "\\dx (", "\\dx+ (cit|plpg).*", "\\dX child.st"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\set QUIET on\n\\dx+ nosuch\n\\echo not reached", "\\dx+ nosuch\n\\echo not reached",
            "\\set ECHO_HIDDEN on\n\\dx"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
