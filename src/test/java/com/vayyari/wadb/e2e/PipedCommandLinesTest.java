package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Command lines typed or piped take the same output flags as the command line, for that command only. */
class PipedCommandLinesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() {
        assertEquals(0, wadb().run("--url", db.url(), "generate", "--chats", "5", "--messages", "200").exitCode());
    }

    @Test
    void aLinesOwnFormatAndOutputFileApplyToThatLineOnly() throws Exception {
        Path file = dir.resolve("chats.csv");
        Result result = wadb().stdin("chats --csv -o " + file + "\nselect count(*) as n from chats;\n")
                .run("--url", db.url(), "-q");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(file).startsWith("jid,name,"), Files.readString(file));
        assertEquals(6, Files.readAllLines(file).size());
        assertEquals(" n \n---\n 5\n(1 row)\n\n", result.out(), "the next statement prints in the session's format");
    }

    @Test
    void dashMeansStdout() {
        Result result = wadb().run("--url", db.url(), "-A", "-t", "-o", "-", "-c", "select 7");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("7\n", result.out());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void mistypedCommandLinesAreOneLineAndExitOneInEveryDoor() {
        for (String line : new String[] {"search x --limit abc", "status extra", "chats --no-such-flag"}) {
            Result piped = wadb().stdin(line + "\n").run("--url", db.url());
            assertEquals(1, piped.exitCode(), line + ": " + piped.err());
            assertEquals(1, piped.err().lines().count(), piped.err());
            assertFalse(piped.err().contains("Exception"), piped.err());
        }
        Result help = wadb().stdin("help\n").run("--url", db.url());
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("search"), help.out());
    }
}
