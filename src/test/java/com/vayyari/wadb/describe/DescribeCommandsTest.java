package com.vayyari.wadb.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a typed name finds its describe command: the longest prefix whose following letters it allows. */
class DescribeCommandsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @ParameterizedTest
    @ValueSource(strings = {"\\dtx", "\\dnfoo", "\\dfax", "\\dfx", "\\dq", "\\dAx", "\\dS+x pg_am", "\\dRpx",
            "\\lx", "\\zS", "\\dconfigx work_mem"})
    void takesTheNamesPsqlTakes(String command) throws Exception {
        PsqlOracle.script(command).viaCommand().on(db).args("-v", "ON_ERROR_STOP=1").assertSame();
    }

    @ParameterizedTest
    @CsvSource({"d, d", "dS+, d", "d+, d", "dt, dt", "dtvS+, dt", "dvt, dv", "dE+, dE", "df, df", "dfS+, df",
            "dfantw, df", "sf+, sf", "sv, sv", "l+, l", "list, list", "z, z", "dn+, dn", "dT, dT", "du, du", "dg, dg",
            "ddp, ddp", "dd, dd", "dP+, dP", "dPtn, dP", "dtx, dt", "dnfoo, dn", "dS+x, d", "dfax, df", "dA+x, dA",
            "dcx, dc", "dconfigx, dconfig", "dAcx, dAc", "ddx, dd"})
    void findsTheCommandATypedNameMeans(String typed, String prefix) {
        assertEquals(prefix, DescribeCommands.resolve(typed).map(DescribeCommand::prefix).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource({"dq", "sf++x", "dfx", "d-", "dAx", "dFx", "dPx", "drx", "dRx", "dex", "lx", "zS", "lo_listx"})
    void refusesWhatNoCommandAllows(String typed) {
        assertEquals(Optional.empty(), DescribeCommands.resolve(typed).map(DescribeCommand::prefix));
    }

    @ParameterizedTest
    @CsvSource({"dtS+, true, true", "dt, false, false", "d+, true, false", "dS, false, true"})
    void readsItsModifiers(String typed, boolean verbose, boolean system) {
        DescribeCommand.Call call = new DescribeCommand.Call(typed, java.util.List.of());
        assertEquals(verbose, call.verbose());
        assertEquals(system, call.system());
    }
}
