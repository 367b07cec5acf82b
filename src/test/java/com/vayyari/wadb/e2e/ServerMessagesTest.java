package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Server errors and notices print on stderr byte for byte as psql 15 prints them (after the program's name):
 * severity, LINE and caret, DETAIL, HINT, QUERY, CONTEXT, and FILE:LINE before them in scripts.
 */
class ServerMessagesTest {

    private static final String STOP = "ON_ERROR_STOP=1";

    @RegisterExtension
    static final TestDatabase DB = new TestDatabase();

    @Test
    void errorOnTheSecondLineOfAStatementShowsThatLineAndTheScriptLine() throws Exception {
        String script = "select 1;\nselect\n  nosuch;\n";
        PsqlOracle.script(script).args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script(script).args("-v", STOP).viaStdin().assertSame();
    }

    @Test
    void errorFromDashCHasNoSemicolonAndNoPrefix() throws Exception {
        // psql -c exits 1 on an SQL error, wadb 3 for now
        PsqlOracle.script("select nosuch").args("-v", STOP).viaCommand().assertSameOutput();
    }

    @Test
    void hintAndDetailLines() throws Exception {
        PsqlOracle.script("select nosuch_function(1);\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("create table t (id int primary key);\ninsert into t values (1), (1);\n")
                .args("-q", "-v", STOP).viaFile().assertSame();
    }

    @Test
    void contextOfAFunctionError() throws Exception {
        PsqlOracle.script("create function f() returns int language plpgsql as $$ begin return 1/0; end $$;\n"
                + "select f();\n").args("-v", STOP).viaFile().assertSame();
    }

    @Test
    void internalQueryPositionAndQueryLine() throws Exception {
        PsqlOracle.script("do $$ begin perform nosuch from nowhere; end $$;\n").args("-v", STOP).viaFile()
                .assertSame();
    }

    @Test
    void caretUnderTabsWideCharactersAndCutLongLines() throws Exception {
        PsqlOracle.script("select 'a\tb' || nosuch;\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("select 'ü漢字😀' || nosuch;\n").args("-v", STOP).viaFile().assertSame();
        String longLine = "select '" + "a".repeat(90) + "' || nosuch || '" + "b".repeat(70) + "';\n";
        PsqlOracle.script(longLine).args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("select nosuch || '" + "b".repeat(90) + "';\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("select '" + "a".repeat(90) + "' || nosuch;\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("select 1,\r\n  nosuch;\r\n").args("-v", STOP).viaFile().assertSame();
    }

    @Test
    void syntaxErrorAtTheEnd() throws Exception {
        PsqlOracle.script("select 1 + nosuch\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("select (1\n").args("-v", STOP).viaFile().assertSame();
    }

    @Test
    void noticesKeepTheirSeverityAndShowUnderQuiet() throws Exception {
        String script = "drop table if exists nosuch;\n"
                + "do $$ begin raise notice 'hi' using detail = 'd', hint = 'h'; end $$;\n"
                + "do $$ begin raise warning 'careful'; end $$;\n"
                + "do $$ begin raise info 'fyi'; end $$;\n"
                + "select 1;\n";
        PsqlOracle.script(script).viaFile().assertSame();
        PsqlOracle.script(script).args("-q").viaFile().assertSame();
        PsqlOracle.script(script).viaStdin().assertSame();
    }

    @Test
    void noticeFromInsideAFunctionHasNoContextByDefault() throws Exception {
        PsqlOracle.script("create function g() returns int language plpgsql as $$ begin raise notice 'in g'; "
                + "return 1; end $$;\nselect g();\n").args("-q").viaFile().assertSame();
    }

    @Test
    void dollarParameterInPlainSqlIsPsqlsErrorAndTheSessionGoesOn() throws Exception {
        PsqlOracle.script("select $1;\n").args("-v", STOP).viaFile().assertSame();
        PsqlOracle.script("begin;\nselect 1;\nselect $2 + 1;\nselect 2;\nrollback;\nselect 3;\n")
                .args("-v", "ON_ERROR_STOP=0").viaFile().assertSameOutput();
    }

    @Test
    void nulByteInAStatementIsOneErrorNotALostConnection() {
        WadbRun.Result result = WadbRun.wadb().stdin("select 'a\0b';\nselect 5;\n")
                .run("--url", DB.url(), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=0");
        assertEquals("5\n", result.out(), result.err());
        assertEquals("wadb: the statement holds a NUL byte, which cannot be sent\n", result.err());
    }

    @Test
    void commitOfAFailedTransactionSaysRollback() throws Exception {
        PsqlOracle.script("begin;\nselect 1/0;\ncommit;\nselect 1;\n").args("-v", "ON_ERROR_STOP=0").viaFile()
                .assertSameOutput();
    }

    @Test
    void resetAndBatchesPrintEveryResult() throws Exception {
        PsqlOracle.script("reset all;\nselect 1 \\; select 2;\nset work_mem = '8MB';\nreset work_mem;\n")
                .viaFile().assertSame();
    }
}
