package com.vayyari.wadb.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a typed name finds its describe command: the longest prefix whose following letters it allows. */
class DescribeCommandsTest {

    @ParameterizedTest
    @CsvSource({"d, d", "dS+, d", "d+, d", "dt, dt", "dtvS+, dt", "dvt, dv", "dE+, dE", "df, df", "dfS+, df",
            "dfantw, df", "sf+, sf", "sv, sv", "l+, l", "list, list", "z, z", "dn+, dn", "dT, dT", "du, du", "dg, dg",
            "ddp, ddp", "dd, dd", "dP+, dP", "dPtn, dP"})
    void findsTheCommandATypedNameMeans(String typed, String prefix) {
        assertEquals(prefix, DescribeCommands.resolve(typed).map(DescribeCommand::prefix).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource({"dq", "dtq", "sf++x", "dfx", "d-"})
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
