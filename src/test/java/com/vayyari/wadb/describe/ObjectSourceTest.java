package com.vayyari.wadb.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code \sf} and {@code \sv}, with and without line numbers, byte for byte as psql 15 prints them. */
class ObjectSourceTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\sf add_one", "\\sf+ add_one(int)", "\\sf+ keep_qty", "\\sf many", "\\sf+ reset_parent",
            "\\sf public.now_text()", "\\sf   add_one( integer )  ", "\\sv parent_codes", "\\sv+ public.parent_codes",
            "\\sv checked_codes", "\\sv+ checked_codes", "\\sf nosuch", "\\sf add_one(int, int)", "\\sf", "\\sv",
            "\\sv parent", "\\sv nosuch", "\\set ECHO_HIDDEN on\n\\sf add_one", "\\o /dev/null\n\\sf add_one"})
    void printsTheDefinitionAsPsqlDoes(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=0").assertSame();
    }

    @Test
    void numbersTheBodyOnly() {
        assertEquals("        CREATE FUNCTION f()\n1       AS $$x\n2       y$$\n",
                ObjectSource.numbered("CREATE FUNCTION f()\nAS $$x\ny$$\n", true));
        assertEquals("1       SELECT 1\n", ObjectSource.numbered("SELECT 1\n", false));
    }
}
