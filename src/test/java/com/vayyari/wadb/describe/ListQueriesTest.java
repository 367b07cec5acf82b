package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog queries of the list commands as ECHO_HIDDEN shows them: psql's text to the byte, the values that go
 * to the server as bind parameters written in where psql writes its literals.
 */
class ListQueriesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dx", "\\dx+", "\\dX", "\\dRp", "\\dRp+", "\\dRs", "\\dRs+", "\\dy", "\\dy+", "\\dc",
            "\\dc+", "\\dconfig", "\\dconfig+", "\\dC", "\\dC+", "\\dL", "\\dL+", "\\dO", "\\dO+", "\\db", "\\db+", "\\dl",
            "\\dl+", "\\lo_list+", "\\dA", "\\dA+", "\\dAc", "\\dAc+", "\\dAf", "\\dAf+", "\\dAo", "\\dAo+", "\\dAp",
            "\\dAp+", "\\dF", "\\dF+", "\\dFd", "\\dFd+", "\\dFp", "\\dFp+", "\\dFt", "\\dFt+", "\\des", "\\des+", "\\dew",
            "\\dew+", "\\deu", "\\deu+", "\\det", "\\det+", "\\dAf btree int4", "\\dAc * text", "\\dAo * pg_catalog.integer_ops",
            "\\dAp+ btree integer_ops", "\\dC text", "\\dconfig work*", "\\deu describe*", "\\dRs foo", "\\dF+ plain*",
            "\\dc x", "\\dL x", "\\dX s2.*", "\\dO public.*", "\\det public.*"})
    void showsPsqlsQueries(String command) throws Exception {
        PsqlOracle.script("\\set ECHO_HIDDEN noexec\n" + command + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    /** With ECHO_HIDDEN on, each query of a command that runs several (one per object) is shown before it runs. */
    @ParameterizedTest
    @ValueSource(strings = {"\\dRp+ describe_all", "\\dL+", "\\dconfig+ work_mem", "\\dx+ citext",
            "\\dRp+ describe_pub", "\\dRp+ describe_schema_pub", "\\dF+ plain_english", "\\dFp+ default"})
    void showsEachQueryAsItRuns(String command) throws Exception {
        PsqlOracle.script("\\set ECHO_HIDDEN on\n" + command + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
