package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.SessionOptions;
import com.vayyari.wadb.support.TestDatabase.TestServer;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random and hostile text from a fixed seed, thousands of cases in bounded time, at the parsers behind the
 * domain commands: the JID validator (and the chat-name lookup a non-JID falls to) and the time parser of
 * {@code --since}/{@code --until}/{@code --before}. Every case either works or fails with one {@code wadb: …}
 * line — a {@link WadbException}, never another exception — and no case changes the database.
 *
 * <p>Not here: the statement splitter has its own fuzz ({@code sql/SplitterFuzzTest}, and against psql
 * {@code sql/SplitterPsqlOracleTest}); a fixed list of hostile values through every argument of every command is
 * {@code command/HostileInputTest}; invalid UTF-8 in {@code -f} and stdin is {@code e2e/ScriptsAndExitCodesTest}.
 */
class BadInputFuzzTest {

    private static final long SEED = 20_240_501L;
    private static final int CASES = 1500;
    /** Cases of each kind that also go through the real Main, for the exit codes. */
    private static final int THROUGH_MAIN = 60;

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    /** Characters that break naive parsers: quotes, escapes, separators, look-alike digits, invisible marks. */
    private static final String[] HOSTILE = {"@", ".", "-", "+", ":", "'", "\"", "\\", " ", "\t", "\n", "\r", "\0", "%",
        "_", "*", "?", "$", "`", ";", "(", ")", "[", "{", "١", "１", "٣", "\u202e", "\u200b", "\ufeff", "😀", "\ud800",
        "ſ", "İ", "K", "\u0085", "\u2028", "Z", "T", "t", "d", "w", "e", "E", "0", "9", "/", "#", "&", "=", ",", "~"};

    @BeforeAll
    static void someChats() throws Exception {
        db.execute("""
                INSERT INTO chats (jid, name, is_group) VALUES
                  ('919876543210@s.whatsapp.net', 'Asha', false),
                  ('120363012345678901@g.us', 'Family', true),
                  ('14155550100-1600000000@g.us', 'Old group', true);
                INSERT INTO chat_tracking_state (jid, is_excluded) VALUES ('120363012345678901@g.us', true);
                INSERT INTO messages (message_id, jid, sender_jid, content, "timestamp") VALUES
                  ('m1', '919876543210@s.whatsapp.net', '919876543210@s.whatsapp.net', 'hello there', 1714550400),
                  ('m2', '120363012345678901@g.us', '919876543210@s.whatsapp.net', 'hello family', 1714636800);
                """);
    }

    @Test
    void jidsAndChatNames() throws Exception {
        fuzz(new Random(SEED), BadInputFuzzTest::jid, List.of("exclude X --dry-run", "include X --dry-run",
                "exclude X --create --dry-run", "messages X --limit 1", "search hello --chat X", "stats --chat X"));
    }

    @Test
    void timesAndAges() throws Exception {
        fuzz(new Random(SEED + 1), BadInputFuzzTest::time, List.of("search hello --since X", "search hello --until X",
                "messages Family --before X", "search hello --since 2024-01-01 --until X"));
    }

    /**
     * Runs {@link #CASES} generated values through the templates in one interactive session (the REPL's engine:
     * one connection, so thousands fit in the time), and a sample through the real Main, one process run each.
     */
    private static void fuzz(Random random, Function<Random, String> values, List<String> templates) throws Exception {
        String before = fingerprint();
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            try (InteractiveShell shell = new InteractiveShell(db.url(), SessionOptions.defaults().withQuiet(true))) {
                for (int i = 0; i < CASES; i++) {
                    String template = templates.get(random.nextInt(templates.size()));
                    String value = values.apply(random);
                    String line = template.replace("X", quoted(value));
                    try {
                        String problem = judge(shell.type(line).err(), value);
                        if (problem != null) {
                            problems.add(Cases.show(line) + ": " + problem);
                        }
                    } catch (RuntimeException e) {
                        problems.add(Cases.show(line) + ": threw " + e);
                    }
                }
            }
            for (int i = 0; i < THROUGH_MAIN; i++) {
                String template = templates.get(random.nextInt(templates.size()));
                String value = values.apply(random);
                List<String> args = new ArrayList<>(List.of("--url", db.url(), "-q"));
                for (String word : template.split(" ")) {
                    args.add(word.equals("X") ? value : word);
                }
                Result result = wadb().run(args.toArray(String[]::new));
                String problem = Set.of(0, 1, 3).contains(result.exitCode()) ? judge(result.err(), value)
                        : "exit " + result.exitCode();
                if (problem != null) {
                    problems.add(Cases.show(String.join(" ", args.subList(3, args.size()))) + ": " + problem);
                }
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(before, fingerprint(), "no case may change the database");
    }

    /** Null when what a case printed on stderr (quiet: errors only) is acceptable: nothing, or one {@code wadb: …} line. */
    private static String judge(String err, String value) {
        if (err.isEmpty()) {
            return null;
        }
        // picocli names an option's bad value as it is: a line break in the value is the user's own.
        String said = value.contains("\n") || value.contains("\r") ? err.replace(value, "<value>") : err;
        List<String> lines = said.lines().filter(l -> !l.startsWith("Try \"wadb ")).toList();
        if (lines.size() != 1 || !lines.get(0).startsWith("wadb: ")) {
            return "not one error line: " + err;
        }
        if (err.contains("\tat ") || err.contains("internal error")) {
            return "stack trace or internal error: " + err;
        }
        return null;
    }

    /** The value as one shell word for a typed command line: single quotes, a quote as '\''. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static String jid(Random random) {
        String digits = Cases.digits(random, 1 + random.nextInt(15));
        String base = switch (random.nextInt(8)) {
            case 0 -> digits + "@s.whatsapp.net";
            case 1 -> digits + "-" + Cases.digits(random, 10) + "@g.us";
            case 2 -> "120363" + Cases.digits(random, 12) + "@g.us";
            case 3 -> digits + "@c.us";
            case 4 -> random.nextBoolean() ? "status@broadcast" : digits + "@broadcast";
            case 5 -> digits + (random.nextBoolean() ? "@lid" : "@newsletter");
            case 6 -> random.nextBoolean() ? "Family" : "919876543210@s.whatsapp.net";
            default -> Cases.randomText(random, random.nextInt(40));
        };
        return Cases.mutate(random, base, HOSTILE);
    }

    static String time(Random random) {
        String base = switch (random.nextInt(10)) {
            case 0 -> "2024-05-01";
            case 1 -> "2024-05-01 14:30";
            case 2 -> "2024-05-01T14:30:15";
            case 3 -> "2024-05-01T14:30:15+05:30";
            case 4 -> "2024-05-01T14:30Z";
            case 5 -> Cases.digits(random, 1 + random.nextInt(12)) + "smhdw".charAt(random.nextInt(5));
            case 6 -> List.of("now", "today", "yesterday", "Today", " now ").get(random.nextInt(5));
            case 7 -> random.nextInt(10_000) + "-" + random.nextInt(100) + "-" + random.nextInt(100);
            case 8 -> "+999999999-12-31T23:59:59" + (random.nextBoolean() ? "Z" : "-18:00");
            default -> Cases.randomText(random, random.nextInt(30));
        };
        return Cases.mutate(random, base, HOSTILE);
    }

    private static String fingerprint() throws IOException, InterruptedException {
        TestServer server = TestServer.get();
        return Fingerprint.of(server.host(), server.port(), server.user(), db.name());
    }
}
