package com.vayyari.wadb.script;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;

/** With ON_ERROR_STOP given, every exit code is psql's, through every door. */
class PsqlExitCodesTest {

    private static final String FAILING = "select 1;\nselect 1/0;\n\\foo\nselect 2;\n";

    @Test
    void scriptsWithOnErrorStopOffRunToTheEndAndExitZero() throws Exception {
        PsqlOracle.script(FAILING).args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
        PsqlOracle.script(FAILING).args("-v", "ON_ERROR_STOP=0").viaStdin().assertSame();
    }

    @Test
    void scriptsWithOnErrorStopOnExitThree() throws Exception {
        PsqlOracle.script(FAILING).args("-v", "ON_ERROR_STOP=1").viaFile().assertSame();
        PsqlOracle.script("\\foo\nselect 1;\n").args("-v", "ON_ERROR_STOP=1").viaStdin().assertSame();
    }

    @Test
    void aFailedDashCExitsOneEitherWay() throws Exception {
        PsqlOracle.script("select 1/0").args("-v", "ON_ERROR_STOP=1").viaCommand().assertSame();
        PsqlOracle.script("select 1/0").args("-v", "ON_ERROR_STOP=0").viaCommand().assertSame();
        PsqlOracle.script("select 1").args("-v", "ON_ERROR_STOP=0", "-c", "select 1/0").viaCommand().assertSame();
    }

    @Test
    void quitEndsWithZeroAfterErrorsWereForgiven() throws Exception {
        PsqlOracle.script("select 1/0;\n\\q\nselect 2;\n").args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
    }

    @Test
    void aFailedConnectEndsTheScriptWithTwoOrWithThreeUnderOnErrorStop() throws Exception {
        PsqlOracle.script("\\c no_such_database_here\nselect 1;\n").args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
        PsqlOracle.script("\\c no_such_database_here\nselect 1;\n").args("-v", "ON_ERROR_STOP=1").viaFile().assertSame();
    }
}
