package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.support.ShellWords;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Commands" block, read from README.md at test time, run line by line as written and in its order
 * through the real entry point, on a database just set up (the first line, {@code generate}, fills it). Each
 * line must exit 0, and each that lists rows must list at least one: the examples work on the data README
 * tells you to make (issue 17). The connection comes from the environment, as a user's would, so the argument
 * words are exactly README's.
 */
class ReadmeExamplesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    /** Commands that list rows; on the demo data each example of them must find some. */
    private static final Set<String> LISTS_ROWS = Set.of("search", "chats", "messages", "media", "stats", "excluded",
            "changes");
    private static final Pattern FOOTER = Pattern.compile("(?m)^\\((\\d+) rows?\\)$");

    @Test
    void everyCommandExampleRunsAsWrittenOnTheDemoDataItsFirstLineMakes() throws Exception {
        List<List<String>> examples = commandExamples();
        assertEquals(List.of("generate", "--chats", "50", "--messages", "100000", "--seed", "42"), examples.get(0),
                "the block starts with the generate line that makes the data the rest runs on");
        for (List<String> words : examples) {
            String line = String.join(" ", words);
            if (words.get(0).equals("import")) {
                // README's import names an export in the current directory; the test makes one by that name
                writeExport(dir.resolve(words.get(1)));
            }
            String out = words.contains("--follow") ? firstPageOfFollow(words) : run(words);
            if (LISTS_ROWS.contains(words.get(0))) {
                Matcher footer = FOOTER.matcher(out);
                assertTrue(footer.find() && Long.parseLong(footer.group(1)) > 0, line + " lists no rows:\n" + out);
            }
        }
    }

    private String run(List<String> words) {
        Result result = wadb().env("VAYYARI_WA_DB_CONNECTION_STRING", db.url()).in(dir).run(words.toArray(String[]::new));
        assertEquals(0, result.exitCode(), String.join(" ", words) + "\n" + result.err());
        return result.out();
    }

    /**
     * {@code --follow} polls until Ctrl-C. It runs on a thread of its own until its first page is out, then an
     * interrupt (what Ctrl-C is to the command line door) ends it, and it must have exited 0.
     */
    private String firstPageOfFollow(List<String> words) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread follower = new Thread(() -> exit.set(Main.run(words.toArray(String[]::new),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("VAYYARI_WA_DB_CONNECTION_STRING", db.url()), dir)));
        follower.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!FOOTER.matcher(out.toString(StandardCharsets.UTF_8)).find() && follower.isAlive()) {
                assertTrue(System.nanoTime() < deadline, "no page from " + words + ":\n" + err);
                Thread.sleep(50);
            }
        } finally {
            follower.interrupt();
            follower.join(10_000);
        }
        assertFalse(follower.isAlive(), "an interrupt (Ctrl-C) ends " + words);
        assertEquals(0, exit.get(), words + "\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The words of each line of the first {@code bash} block under "## Commands", {@code wadb} dropped. */
    private static List<List<String>> commandExamples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = lines.indexOf("## Commands");
        assertTrue(at >= 0, "README.md has a Commands section");
        while (!lines.get(at).equals("```bash")) {
            at++;
        }
        List<List<String>> examples = new ArrayList<>();
        for (at++; !lines.get(at).equals("```"); at++) {
            List<String> words = ShellWords.split(lines.get(at));
            if (words.isEmpty()) {
                continue;
            }
            assertEquals("wadb", words.get(0), "a Commands example runs wadb: " + lines.get(at));
            examples.add(words.subList(1, words.size()));
        }
        assertTrue(examples.size() > 10, "the block has README's examples: " + examples);
        return examples;
    }

    /** A small Android "Export chat" zip: the chat's text file under the name WhatsApp gives it. */
    private static void writeExport(Path zip) throws IOException {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", ".txt");
        String text = """
                05/06/2024, 19:02 - Lakshmi: See you tomorrow at the station
                05/06/2024, 19:05 - Ravi: Ok 👍
                """;
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(name));
            entries.write(text.getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }
    }
}
