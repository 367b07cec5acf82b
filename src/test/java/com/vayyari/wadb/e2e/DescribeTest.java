package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The describe meta-commands print what psql prints, byte for byte, on the wadb schema. */
class DescribeTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @ParameterizedTest
    @ValueSource(strings = {"\\d", "\\dt", "\\di", "\\dn", "\\dt ch*", "\\dt messages", "\\d chats", "\\d messages",
            "\\d media_files", "\\d chat_tracking_state", "\\d processing_state"})
    void matchesPsql(String command) throws Exception {
        Result ours = wadb().run("--url", db.url(), "-c", command);
        Processes.Result theirs = Processes.psql(db.name(), "-c", command);
        assertEquals(0, ours.exitCode(), ours.err());
        assertEquals(theirs.out(), ours.out());
    }

    @Test
    void anUnknownTableIsOneLineAndExitThree() {
        Result result = wadb().run("--url", db.url(), "-c", "\\d no_such_table");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("Did not find any relation named \"no_such_table\""), result.err());
    }
}
