package com.vayyari.wadb.command;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code messages --follow} prints the page, then each new message as it arrives, until interrupted (Ctrl-C). */
class FollowTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @Test
    void followPrintsNewMessagesUntilInterrupted() throws Exception {
        Seed.load(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread follower = new Thread(() -> exit.set(Main.run(
                new String[] {"--url", db.url(), "--csv", "messages", "Family", "--follow", "--interval", "0.2"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Path.of("").toAbsolutePath())));
        follower.start();
        try {
            waitFor(out, "see you at dinner");
            db.execute("INSERT INTO messages (message_id, jid, sender_name, content, \"timestamp\") VALUES"
                    + " ('n1', '120363012345678901@g.us', 'Bob', 'a new message', extract(epoch FROM now())::bigint),"
                    + " ('n2', '14155550100@s.whatsapp.net', 'Bob', 'another chat', extract(epoch FROM now())::bigint)");
            waitFor(out, "a new message");
        } finally {
            follower.interrupt();
            follower.join(10_000);
        }
        assertFalse(follower.isAlive(), "Ctrl-C (an interrupt) ends --follow");
        assertEquals(0, exit.get(), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.split("message_id", -1).length - 1, "one header, then rows only:\n" + text);
        assertFalse(text.contains("another chat"), text);
        assertTrue(text.indexOf("see you at dinner") < text.indexOf("a new message"), text);
    }

    @Test
    void ctrlCInTheReplStopsFollowing() throws Exception {
        Seed.load(db);
        TerminalSession.Output[] result = new TerminalSession.Output[1];
        Thread follower = new Thread(() -> result[0] = TerminalSession.run(db.url(),
                com.vayyari.wadb.output.OutputFormat.CSV, new MessagesCommand(TerminalSession.provider()),
                "Family", "--follow", "--interval", "0.2"));
        follower.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (TerminalSession.holder[0] == null || !TerminalSession.holder[0].connected()) {
            assertTrue(System.nanoTime() < deadline, "the command never started");
            Thread.sleep(20);
        }
        Thread.sleep(500);
        TerminalSession.holder[0].cancel();
        follower.join(10_000);
        assertFalse(follower.isAlive(), "Ctrl-C (Session.cancel, as the REPL sends it) ends --follow");
        assertEquals(0, result[0].exitCode(), result[0].err());
        assertTrue(result[0].out().contains("see you at dinner"), result[0].out());
    }

    private static void waitFor(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" in:\n" + out.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
    }
}
