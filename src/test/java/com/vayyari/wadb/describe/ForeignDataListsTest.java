package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's {@code \des}, {@code \dew}, {@code \deu} and {@code \det}, byte for byte. */
class ForeignDataListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\des", "\\des+", "\\des describe_*", "\\desS+ DESCRIBE_SERVER", "\\des nosuch",
            "\\des a.b", "\\dew", "\\dew+", "\\dew describe?fdw", "\\dew nosuch", "\\deu", "\\deu+", "\\deu describe_owner",
            "\\deu+ describe_server", "\\deu nosuch", "\\det", "\\det+", "\\det remote*", "\\det public.*", "\\det s2.*",
            "\\det nosuch", "\\det a.b.c.d", "\\de", "\\dez"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
