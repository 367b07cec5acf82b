package com.vayyari.wadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vayyari.wadb.exit.WadbException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** psql's variable flags, applied in command-line order into the map the script runner reads. */
class VariableFlagsTest {

    private static VariableFlags parse(String... args) {
        VariableFlags flags = new VariableFlags();
        new CommandLine(flags).setOverwrittenOptionsAllowed(true).parseArgs(args);
        return flags;
    }

    @Test
    void setUnsetAliasesAndEchoFlagsInOrder() {
        VariableFlags flags = parse("-v", "A=1", "-a", "--set", "B=2", "-v", "A", "--variable=C=", "-e", "-E", "-s", "-b");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ECHO", "errors");
        expected.put("B", "2");
        expected.put("C", "");
        expected.put("ECHO_HIDDEN", "on");
        expected.put("SINGLESTEP", "on");
        assertEquals(expected, flags.variables);
        flags.check();
    }

    @Test
    void aLaterFlagWins() {
        assertEquals("queries", parse("-a", "-e").variables.get("ECHO"));
        assertEquals("none", parse("-a", "-v", "ECHO=none").variables.get("ECHO"));
    }

    @Test
    void invalidNamesFailAsPsql() {
        assertEquals("error: invalid variable name: \"a-b\"",
                assertThrows(WadbException.class, () -> parse("-v", "a-b=1").check()).getMessage());
        assertThrows(WadbException.class, () -> parse("-v", "=1").check());
        parse("-v", "ünï_1=x").check();
    }
}
