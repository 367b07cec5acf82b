package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.importer.ChatExportParser;
import com.vayyari.wadb.importer.DateOrder;
import com.vayyari.wadb.importer.ExportSource;
import com.vayyari.wadb.importer.ImportException;
import com.vayyari.wadb.importer.ParseOptions;
import com.vayyari.wadb.importer.ParsedExport;
import com.vayyari.wadb.support.TestDatabase.TestServer;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat-export parser under random and hostile input from a fixed seed: the importer's own fixtures, cut,
 * shuffled and edited line by line and character by character, plus bytes that are not text at all. Parsing
 * thousands of them in bounded time ends each in messages or an {@link ImportException} — the importer's
 * documented one-line error — never another exception or a hang. Through the real command line, a dry run
 * never changes the database, and an import that fails changes nothing either.
 */
class ChatExportFuzzTest {

    private static final long SEED = 77_001L;
    private static final int PARSES = 5000;
    private static final int DRY_RUNS = 40;
    private static final int IMPORTS = 16;
    private static final String CHAT = "120363012345678901@g.us";

    private static final List<String> FIXTURES = List.of("android-12h-us.txt", "android-24h-group.txt",
            "android-dash.txt", "dst-new-york.txt", "ios-dots.txt");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Europe/Dublin"));
    /** What export lines are made of, and what breaks them: separators, clocks, marks exports really contain. */
    private static final String[] EXPORT_PIECES = {"/", ".", ",", ":", "-", " - ", "[", "]", " ", "\u00a0", "\u202f",
        "\u200e", "\u202a", "\u202c", "\ufeff", "\r", "\n", "\r\n", "\0", "\t", "AM", "PM", "a.m.", "p.m.", "午後",
        "<attached: ", ">", " (file attached)", "image omitted", "<Media omitted>", "<This message was edited>",
        "99", "00", "31", "12", "13", "24", "60", "2021", "0", "9", "+91 98765 43210", ": ", "😀", "\ud800", "\u2028",
        "x".repeat(1000)};

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @Test
    void parsingHostileExportsEndsInMessagesOrOneImportException() throws Exception {
        List<String> fixtures = fixtures();
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            for (int i = 0; i < PARSES; i++) {
                byte[] bytes = export(random, fixtures);
                ParseOptions options = new ParseOptions(ZONES.get(random.nextInt(ZONES.size())),
                        random.nextInt(3) == 0 ? DateOrder.values()[random.nextInt(DateOrder.values().length)] : null,
                        random.nextBoolean() ? "Alice" : null);
                ExportSource source = ExportSource.of("case-" + i + ".txt", () -> new ByteArrayInputStream(bytes));
                try (ParsedExport export = new ChatExportParser(options).open(source)) {
                    while (export.hasNext()) {
                        export.next();
                    }
                    export.report();
                } catch (ImportException e) {
                    if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                        problems.add("case " + i + ": not a one-line message: " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    problems.add("case " + i + " " + Cases.show(new String(bytes, StandardCharsets.UTF_8)) + ": " + e);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aDryRunChangesNothingAndAFailedImportChangesNothingEither() throws Exception {
        List<String> fixtures = fixtures();
        Random random = new Random(SEED + 1);
        List<String> problems = new ArrayList<>();
        String before = fingerprint();
        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            for (int i = 0; i < DRY_RUNS; i++) {
                Path file = write("dry-" + i, random, fixtures);
                Result result = wadb().run("--url", db.url(), "-q", "import", file.toString(), "--chat", CHAT, "--dry-run");
                judge(result, "dry run " + i, problems);
            }
            assertEquals(before, fingerprint(), "a dry run changed the database");
            String last = before;
            int failed = 0;
            for (int i = 0; i < IMPORTS; i++) {
                Path file = write("import-" + i, random, fixtures);
                Result result = wadb().run("--url", db.url(), "-q", "import", file.toString(), "--chat", CHAT,
                        random.nextBoolean() ? "--strict" : "--me=Alice");
                judge(result, "import " + i, problems);
                String now = fingerprint();
                if (result.exitCode() != 0 && !now.equals(last)) {
                    problems.add("import " + i + " failed (" + result.err().strip() + ") but changed the database");
                }
                failed += result.exitCode() == 0 ? 0 : 1;
                last = now;
            }
            assertTrue(failed > 0 && failed < IMPORTS, "the seed must give imports that fail and imports that work: "
                    + failed + " of " + IMPORTS + " failed");
        });
        assertEquals(List.of(), problems);
    }

    private static void judge(Result result, String name, List<String> problems) {
        if (result.exitCode() != 0 && result.exitCode() != 1) {
            problems.add(name + ": exit " + result.exitCode() + ": " + result.err());
        } else if (result.exitCode() == 1 && (result.err().lines().count() != 1 || !result.err().startsWith("wadb: import: ")
                || result.err().contains("\tat ") || result.err().contains("internal error"))) {
            problems.add(name + ": not one clear line: " + result.err());
        }
    }

    /** A case: usually an edited fixture; sometimes bytes that are not UTF-8, or not text at all. */
    private static byte[] export(Random random, List<String> fixtures) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            return noise;
        }
        String fixture = fixtures.get(random.nextInt(fixtures.size()));
        List<String> lines = new ArrayList<>(Arrays.asList(fixture.split("\n", -1)));
        for (int e = random.nextInt(8); e > 0 && !lines.isEmpty(); e--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                case 1 -> lines.remove(at);
                case 2 -> lines.set(at, lines.get(random.nextInt(lines.size())));
                case 3 -> lines.add(at, Cases.randomText(random, random.nextInt(200)));
                default -> lines.set(at, Cases.mutate(random, lines.get(at), EXPORT_PIECES));
            }
        }
        byte[] text = String.join(random.nextInt(4) == 0 ? "\r\n" : "\n", lines).getBytes(StandardCharsets.UTF_8);
        if (kind == 1 && text.length > 0) {
            text[random.nextInt(text.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return text;
    }

    private Path write(String name, Random random, List<String> fixtures) throws IOException {
        boolean zip = random.nextInt(8) == 0;
        Path file = dir.resolve(name + (zip ? ".zip" : ".txt"));
        Files.write(file, export(random, fixtures));
        return file;
    }

    private static List<String> fixtures() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : FIXTURES) {
            texts.add(TestDatabase.resource("/importer/" + name));
        }
        return texts;
    }

    private static String fingerprint() throws IOException, InterruptedException {
        TestServer server = TestServer.get();
        return Fingerprint.of(server.host(), server.port(), server.user(), db.name());
    }
}
