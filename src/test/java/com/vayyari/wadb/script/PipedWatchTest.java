package com.vayyari.wadb.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code \watch} on the line of the query it repeats: psql sends the query buffer, so the query runs again and
 * again until Ctrl-C, in every door. (The runner used to look only at the previous query and said "no query to
 * repeat".)
 */
class PipedWatchTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @Test
    void pipedWatchRepeatsTheQueryOnItsOwnLine() throws Exception {
        assertRepeats(new String[] {"--url", db.url()}, "select 42 as answer \\watch 0.2\n");
    }

    @Test
    void commandLineWatchRepeatsTheQueryOnItsOwnLine() throws Exception {
        assertRepeats(new String[] {"--url", db.url(), "-c", "select 42 as answer \\watch 0.2"}, "");
    }

    @Test
    void watchWithNothingToRepeatStillSaysSo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--url", db.url()}, new ByteArrayInputStream("\\watch 1\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Path.of("").toAbsolutePath());
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\\watch: no query to repeat"), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRepeats(String[] args, String stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Runnable> cancel = new AtomicReference<>();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread run = new Thread(() -> exit.set(Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Path.of("").toAbsolutePath(), cancel::set)));
        run.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (count(out, "answer") < 3 && run.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        cancel.get().run();  // Ctrl-C
        run.join(10_000);
        assertFalse(run.isAlive(), "Ctrl-C ends \\watch");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(count(out, "answer") >= 3, "the query repeats:\n" + text + err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("     42\n"), text);
        assertTrue(text.contains("(every 0.2s)"), text);
        assertEquals(0, exit.get(), err.toString(StandardCharsets.UTF_8));
    }

    private static int count(ByteArrayOutputStream out, String word) {
        return out.toString(StandardCharsets.UTF_8).split(word, -1).length - 1;
    }
}
