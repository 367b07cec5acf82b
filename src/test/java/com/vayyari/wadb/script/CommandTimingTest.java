package com.vayyari.wadb.script;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code \timing} times domain commands as it times SQL (issue 17: it timed only SQL). */
class CommandTimingTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final Pattern TIME = Pattern.compile("(?m)^Time: \\d+\\.\\d{3} ms$");

    @Test
    void timingOnTimesEachDomainCommandOnce() {
        Result result = wadb().stdin("\\timing on\nstatus\nchats --limit 1\n\\timing off\nchats --limit 1\n")
                .run("--url", db.url(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(2, TIME.matcher(result.out()).results().count(), result.out());
    }

    @Test
    void besideADataFormatTheTimeGoesToStderr() {
        Result result = wadb().stdin("\\timing on\nchats --limit 1\n").run("--url", db.url(), "-q", "--csv");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(TIME.matcher(result.err()).find(), result.err());
        assertTrue(!TIME.matcher(result.out()).find(), result.out());
    }
}
