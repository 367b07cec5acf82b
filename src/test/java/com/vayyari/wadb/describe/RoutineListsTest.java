package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * psql's describeFunctions ({@code \df}), describeOperators ({@code \do}), describeAggregates ({@code \da}),
 * describeTypes ({@code \dT}) and listDomains ({@code \dD}), byte for byte.
 */
class RoutineListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\df", "\\df+", "\\dfn", "\\dfp", "\\dfa", "\\dft", "\\dfw", "\\dfnt", "\\dfpa+", "\\dfS int4pl",
            "\\dfS+ int4pl", "\\df add_one", "\\df+ add_one", "\\df add_one int", "\\df add_one integer",
            "\\df add_one text", "\\df add_one -", "\\df add_one int int", "\\df add_one pg_catalog.int4",
            "\\df *.add_one", "\\df public.add_?ne", "\\df \"add_one\"", "\\df nosuch.*", "\\df a.b.c.d",
            "\\df otherdb.public.add_one", "\\dfS pg_catalog.int4p?", "\\dfwS row_num*", "\\df many|now_text",
            "\\df add_one int nosuch", "\\df add_one INT", "\\df *.* integer"})
    void listsFunctionsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\do", "\\do+", "\\do ===", "\\do+ ===", "\\do === int int", "\\do === integer integer",
            "\\do === text", "\\doS - - bigint", "\\doS - bigint", "\\doS ~~ text text", "\\do *.===", "\\doS+ pg_catalog.||",
            "\\do a.b.c.d", "\\do *.* integer integer", "\\doS - - bigint extra", "\\da", "\\da+", "\\daS count", "\\da my_sum", "\\da s2.*", "\\daS pg_catalog.max"})
    void listsOperatorsAndAggregatesAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\dT", "\\dT+", "\\dTS int", "\\dTS int[]", "\\dTS+ float8[]", "\\dTS decimal", "\\dT mood",
            "\\dT+ mood", "\\dT pair", "\\dT s2.*", "\\dTS \"char\"", "\\dTS pg_catalog.int?", "\\dT nosuch",
            "\\dD", "\\dD+", "\\dD posint", "\\dDS", "\\dD+ public.*", "\\dD a.b.c.d"})
    void listsTypesAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\pset null NULL\n\\df+ add_one", "\\t on\n\\df",
            "\\set ECHO_HIDDEN on\n\\dD+", "\\set ECHO_HIDDEN noexec\n\\df+\n\\echo :ERROR",
            "\\set ECHO_HIDDEN noexec\n\\dfntp\n\\dfa", "\\set ECHO_HIDDEN noexec\n\\do+\n\\da\n\\dT+\n\\dD+",
            "\\df add_one\n\\df nosuch\n\\do nosuch"})
    void followsTheSettingsAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
