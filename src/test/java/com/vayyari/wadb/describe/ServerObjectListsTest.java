package com.vayyari.wadb.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** psql's \db, \dconfig, \dL, \dy, \dl and \lo_list, byte for byte. */
class ServerObjectListsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withFixture("/describe/every-object.sql");

    @ParameterizedTest
    @ValueSource(strings = {"\\db", "\\db pg_*", "\\db nosuch", "\\db a.b", "\\dconfig work_mem", "\\dconfig+ work_mem",
            "\\dconfig *mem*", "\\dconfigS+ WORK_MEM", "\\dconfig \"WORK_MEM\"", "\\dconfig plpgsql.*",
            "\\dconfig a.b.c.d", "\\dconfig nosuch", "\\dL", "\\dL+", "\\dLS", "\\dLS+", "\\dL plpgsql", "\\dL sql",
            "\\dL a.b", "\\dL otherdb.sql", "\\dL a.b.c", "\\dy", "\\dy+", "\\dy describe_*", "\\dy nosuch", "\\dy a.b",
            "\\dl", "\\dl+", "\\dlS", "\\dl ignored", "\\lo_list", "\\lo_list+", "\\lo_list ignored also"})
    void listsAsPsqlDoes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // both programs name themselves and pgjdbc insists on UTF8: set both so only \dconfig's own choice shows
        "SET application_name = describe;\nSET client_encoding = UTF8;\n\\dconfig\n\\dconfig+",
        "\\lo_list a b extra", "\\lo_list++"})
    void followsPsqlInScripts(String script) throws Exception {
        PsqlOracle.script(script + "\n").on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    /** Sizes change as other tests make databases, so \db+ is compared with sizes and widths taken out. */
    @Test
    void listsTablespacesWithDetails() throws Exception {
        PsqlOracle.script("\\db+").viaCommand().on(db).replacing("\\d+ (bytes|kB|MB|GB)", "SIZE")
                .replacing("[ -]+", " ").assertSame();
    }

    /** psql's exec_command_d tests "dconfig" before falling back to \dc. */
    @Test
    void takesTheLongestPrefix() {
        assertEquals("dconfig", DescribeCommands.resolve("dconfig+").orElseThrow().prefix());
        assertEquals("dc", DescribeCommands.resolve("dcS+").orElseThrow().prefix());
        assertEquals("lo_list", DescribeCommands.resolve("lo_list+").orElseThrow().prefix());
    }
}
