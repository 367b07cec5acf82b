package com.vayyari.wadb.describe;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's listConversions ({@code \dc}), listCasts ({@code \dC}) and listCollations ({@code \dO}), byte for byte. */
class ConversionListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\dc", "\\dc+", "\\dcS", "\\dcS+ *latin1*", "\\dc describe_conv", "\\dc public.*",
            "\\dc pg_catalog.ascii*", "\\dc \"Mixed Case\".*", "\\dc nosuch", "\\dc a.b.c.d", "\\dc otherdb.public.x",
            "\\dC", "\\dC+", "\\dC text", "\\dC+ \"char\"", "\\dC pg_catalog.int4", "\\dC *.int?", "\\dC citext",
            "\\dC \"character varying\"", "\\dC nosuch", "\\dC a.b.c.d", "\\dO", "\\dO+", "\\dOS", "\\dOS+ ucs*",
            "\\dO ci_c", "\\dO \"C\"", "\\dO pg_catalog.\"C\"", "\\dO public.*", "\\dO nosuch", "\\dO a.b.c.d",
            // outside double quotes a pattern is a regular expression, errors included, for all three
            "\\dc (", "\\dC )", "\\dC (int4|text)", "\\dO (", "\\dO ci.c"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }
}
