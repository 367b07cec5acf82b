package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.WadbRun.Result;
import com.vayyari.wadb.support.WadbRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --read-only} and {@code WADB_READ_ONLY=1}: the server refuses any write of the session (it is
 * default_transaction_read_only), and wadb refuses its writing commands itself, before they reach the server.
 * "Before they reach the server" is read from the server's own log: the cluster logs every statement and every
 * connection, and the refused command must leave no trace there.
 */
class ReadOnlyTest {

    /** A statement in the log, as log_line_prefix '%m [%p] %a: ' writes it: time, zone, [pid], application. */
    private static final Pattern STATEMENT = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[\\d+\\] [^:]*: LOG:  (?:statement|execute [^:]+): (.*)$");

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster("log_statement = 'all'", "log_connections = on",
            "log_line_prefix = '%m [%p] %a: '");

    @TempDir
    static Path dir;

    @BeforeAll
    static void schemaAndAChat() throws Exception {
        Files.writeString(dir.resolve("export.txt"), "13/01/2021, 09:05 - Asha: hello\n13/01/2021, 09:06 - Ravi: hi\n");
        Result setup = wadb().run("--url", cluster.url(), "setup");
        assertEquals(0, setup.exitCode(), setup.err());
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO chats (jid, name) VALUES ('911111111111@s.whatsapp.net', 'Asha')");
            st.execute("INSERT INTO chat_tracking_state (jid) VALUES ('911111111111@s.whatsapp.net')");
        }
    }

    /** The commands that change data, as a user would type them. */
    static Stream<String> writingCommands() {
        return Stream.of("setup", "generate --chats 2 --messages 10", "exclude 911111111111@s.whatsapp.net",
                "exclude Asha --reason spam", "include 911111111111@s.whatsapp.net", "pause --reason maintenance",
                "resume", "undo",
                "import " + dir.resolve("export.txt") + " --chat 911111111111@s.whatsapp.net");
    }

    static Stream<Arguments> writingCommandsEitherWay() {
        return writingCommands().flatMap(command -> Stream.of(Arguments.of(command, "--read-only"),
                Arguments.of(command, "WADB_READ_ONLY=1")));
    }

    private static WadbRun readOnly(String how) {
        return how.equals("--read-only") ? wadb() : wadb().env("WADB_READ_ONLY", "1");
    }

    private static List<String> readOnlyArgs(String how, String... rest) {
        List<String> args = new ArrayList<>(List.of("--url", cluster.url()));
        if (how.equals("--read-only")) {
            args.add("--read-only");
        }
        args.addAll(List.of(rest));
        return args;
    }

    /** A dry run changes nothing (issue 17: it was refused); what it shows needs the change made and rolled back. */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("dryRunsEitherWay")
    void aDryRunChangesNothingSoAReadOnlySessionMayMakeIt(String command, String how) throws Exception {
        String before = fingerprint();
        Result result = readOnly(how).run(readOnlyArgs(how, command.split(" ")).toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue((result.out() + result.err()).matches("(?s).*(would change .*dry run: nothing was changed"
                + "|dry run: would import 2 of 2).*"), result.out() + result.err());
        assertEquals(before, fingerprint(), "nothing in the database may change");
    }

    static Stream<Arguments> dryRunsEitherWay() {
        return Stream.of("exclude 911111111111@s.whatsapp.net --dry-run", "pause --reason maintenance --dry-run",
                        "import " + dir.resolve("export.txt") + " --chat 911111111111@s.whatsapp.net --dry-run")
                .flatMap(command -> Stream.of(Arguments.of(command, "--read-only"), Arguments.of(command, "WADB_READ_ONLY=1")));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("writingCommandsEitherWay")
    void aWritingCommandIsRefusedWithoutAnyConnectionOrStatement(String command, String how) throws Exception {
        String before = fingerprint();
        long logAt = logSize();
        List<String> args = readOnlyArgs(how, command.split(" "));
        Result result = readOnly(how).run(args.toArray(String[]::new));
        String logged = logSince(logAt);

        assertEquals(1, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertTrue(result.err().contains("read-only"), result.err());
        assertTrue(!logged.contains("connection received") && statements(logged).isEmpty(),
                "the server saw something of the refused command:\n" + logged);
        assertEquals(before, fingerprint(), "nothing in the database may change");
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("writingCommandsEitherWay")
    void inAConnectedSessionTheRefusedCommandSendsNothingBetweenItsNeighbours(String command, String how) throws Exception {
        String before = fingerprint();
        long logAt = logSize();
        List<String> args = readOnlyArgs(how, "-q", "-A", "-t", "--continue-on-error");
        Result result = readOnly(how).stdin("select 'before " + command + "';\n" + command + "\nselect 'after';\n")
                .run(args.toArray(String[]::new));
        String logged = logSince(logAt);

        assertEquals("before " + command + "\nafter\n", result.out());
        assertEquals(1, result.exitCode(), "the script's first failure, the refusal: " + result.err());
        Expect.oneLine(result.err());
        assertTrue(result.err().contains("read-only"), result.err());
        List<String> sent = statements(logged).stream().filter(s -> !s.equals("BEGIN") && !s.equals("COMMIT")).toList();
        int first = sent.indexOf("select 'before " + command + "'");
        assertTrue(first >= 0 && first + 1 < sent.size() && sent.get(first + 1).equals("select 'after'"),
                "between its neighbours, the refused command sent nothing but " + sent + ":\n" + logged);
        assertEquals(1, logged.split("connection received", -1).length - 1, "one connection, the session's:\n" + logged);
        assertEquals(before, fingerprint());
    }

    @ParameterizedTest
    @MethodSource("readOnlyWays")
    void theSessionIsDefaultTransactionReadOnlyAndTheServerRefusesWrites(String how) throws Exception {
        String before = fingerprint();
        Result setting = readOnly(how).run(readOnlyArgs(how, "-A", "-t", "-c", "show default_transaction_read_only")
                .toArray(String[]::new));
        assertEquals("on\n", setting.out(), setting.err());

        for (String write : List.of("insert into chats (jid) values ('922222222222@s.whatsapp.net')",
                "begin; update chat_tracking_state set is_excluded = true; commit",
                "delete from chats", "create table x (id int)")) {
            Result result = readOnly(how).run(readOnlyArgs(how, "-c", write).toArray(String[]::new));
            assertEquals(3, result.exitCode(), write + ": " + result.err());
            Expect.oneLine(result.err());
            assertTrue(result.err().startsWith("ERROR:  cannot execute ") && result.err().contains(" in a read-only transaction\n"), result.err());
        }
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "933333333333@s.whatsapp.net,Copied\n", StandardCharsets.UTF_8);
        Result copy = readOnly(how).run(readOnlyArgs(how, "-c", "\\copy chats (jid, name) from '" + rows + "' csv")
                .toArray(String[]::new));
        assertEquals(3, copy.exitCode(), copy.err());
        assertEquals("ERROR:  cannot execute COPY FROM in a read-only transaction\n", copy.err());
        assertEquals(before, fingerprint(), "nothing in the database may change");
    }

    static Stream<String> readOnlyWays() {
        return Stream.of("--read-only", "WADB_READ_ONLY=1");
    }

    @Test
    void withoutEitherTheSessionMayWrite() {
        Result off = wadb().env("WADB_READ_ONLY", "0").run("--url", cluster.url(), "-A", "-t", "-c",
                "show default_transaction_read_only");
        assertEquals("off\n", off.out(), off.err());
    }

    private static String fingerprint() throws IOException, InterruptedException {
        return Fingerprint.of("127.0.0.1", cluster.port(), "postgres", OwnCluster.DATABASE);
    }

    private static long logSize() throws IOException {
        return Files.size(cluster.log());
    }

    /** The log written since {@code offset}, once the server has written what it had to. */
    private static String logSince(long offset) throws Exception {
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT 'log flushed'");
        }
        byte[] all = Files.readAllBytes(cluster.log());
        String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        int flushed = text.lastIndexOf("connection received");
        return flushed < 0 ? text : text.substring(0, flushed);
    }

    /** The statements the log shows wadb's connections sending, in order. */
    private static List<String> statements(String logged) {
        List<String> found = new ArrayList<>();
        for (String line : logged.split("\n")) {
            Matcher m = STATEMENT.matcher(line);
            if (m.matches() && line.contains(" wadb: ")) {
                found.add(m.group(1).strip().replaceAll(";$", ""));  // sent with its semicolon, as psql sends it
            }
        }
        return found;
    }
}
