package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines get the terminal preloaded: those that may open the REPL, judged before picocli runs. */
class TerminalPreloadTest {

    @Test
    void connectionOptionsAndADatabaseNameMayOpenTheRepl() {
        for (String[] args : new String[][] {{}, {"-X"}, {"-d", "mydb"}, {"mydb"}, {"--url", "postgresql://h/db"},
                {"-h", "localhost", "-p", "5433", "-U", "me", "-v", "ON_ERROR_STOP=1"}}) {
            assertFalse(TerminalPreload.rulesOutRepl(args), String.join(" ", args));
        }
    }

    @Test
    void aCommandAFileAListOrHelpRulesItOut() {
        for (String[] args : new String[][] {{"-c", "select 1"}, {"-cselect 1"}, {"--command=select 1"},
                {"-f", "x.sql"}, {"-fx.sql"}, {"-l"}, {"--help"}, {"-V"}, {"status"}, {"search", "invoice"},
                {"help"}}) {
            assertTrue(TerminalPreload.rulesOutRepl(args), String.join(" ", args));
        }
    }
}
