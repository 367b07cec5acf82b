package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's {@code \dA}, {@code \dAc}, {@code \dAf}, {@code \dAo} and {@code \dAp}, with one and two patterns. */
class AccessMethodListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dA", "\\dA+", "\\dA btree", "\\dA+ b*", "\\dA nosuch", "\\dA a.b", "\\dAS",
            "\\dAc", "\\dAc+", "\\dAc brin", "\\dAc+ btree", "\\dAcS gist", "\\dAc * text", "\\dAc brin oid*",
            "\\dAc * pg_catalog.int4", "\\dAc btree \"character varying\"", "\\dAc * citext", "\\dAc nosuch",
            "\\dAc a.b", "\\dAc btree a.b.c.d", "\\dAc btree otherdb.pg_catalog.int4", "\\dAf", "\\dAf+ hash",
            "\\dAf btree int4", "\\dAf * int*", "\\dAf+ gin pg_catalog.*", "\\dAf btree nosuch",
            "\\dAo btree", "\\dAo+ btree float_ops", "\\dAo * pg_catalog.integer_ops", "\\dAo gist *",
            "\\dAo btree x.y.z", "\\dAp btree", "\\dAp+ hash int4_ops", "\\dAp * *", "\\dAp brin pg_catalog.*",
            "\\dAp+ btree citext_ops"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    /** \dA reads one pattern; the others read a second only after a first. */
    @ParameterizedTest
    @ValueSource(strings = {"\\dA btree extra", "\\dAc btree int4 extra", "\\dAp+ btree integer_ops extra"})
    void warnsOfExtraArgumentsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command + "\n").on(db).assertSame();
    }
}
