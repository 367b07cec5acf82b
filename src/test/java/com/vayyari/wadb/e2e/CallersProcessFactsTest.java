package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.Prompter;
import com.vayyari.wadb.session.TerminalFlags;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process facts come from the call (its Invocation), never from the JVM that runs it: here the call's
 * directory, config directory, zone and terminals all differ from this test JVM's, as under the warm start.
 */
class CallersProcessFactsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @Test
    void savedQueriesGoToTheCallersConfigDirectory() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Result one = wadb().env("XDG_CONFIG_HOME", a.toString()).run("--url", db.url(), "-q", "-c", "select 1", "-c", "\\save one");
        assertEquals(0, one.exitCode(), one.err());
        Result two = wadb().env("XDG_CONFIG_HOME", b.toString()).run("--url", db.url(), "-q", "-c", "select 2", "-c", "\\save two");
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(Files.readString(a.resolve("wadb/queries.json")).contains("\"one\""));
        assertFalse(Files.readString(a.resolve("wadb/queries.json")).contains("\"two\""));
        assertTrue(Files.readString(b.resolve("wadb/queries.json")).contains("\"two\""));

        Path home = Files.createDirectories(dir.resolve("home"));
        Result three = wadb().env("HOME", home.toString()).run("--url", db.url(), "-q", "-c", "select 3", "-c", "\\save three");
        assertEquals(0, three.exitCode(), three.err());
        assertTrue(Files.isRegularFile(home.resolve(".config/wadb/queries.json")));
    }

    @Test
    void relativeFileNamesAreInTheCallersDirectory() throws Exception {
        assertNotEquals(Path.of("").toAbsolutePath(), dir.toAbsolutePath(), "the call must be elsewhere than this JVM");
        Files.writeString(dir.resolve("in.sql"), "select 'from file';\n");
        Result script = wadb().in(dir).run("--url", db.url(), "-A", "-t", "-f", "in.sql", "-o", "out.txt");
        assertEquals(0, script.exitCode(), script.err());
        assertEquals("from file\n", Files.readString(dir.resolve("out.txt")));

        Result meta = wadb().in(dir).stdin("\\o meta.txt\n\\i in.sql\n\\o\n\\copy (select 7) to copy.csv\n"
                + "\\ir in.sql\n").run("--url", db.url(), "-A", "-t", "-q");
        assertEquals(0, meta.exitCode(), meta.err());
        assertEquals("from file\n", Files.readString(dir.resolve("meta.txt")));
        assertEquals("7\n", Files.readString(dir.resolve("copy.csv")));
        assertEquals("from file\n", meta.out(), "\\ir from stdin is relative to the call's directory");

        Result export = wadb().in(dir).run("--url", db.url(), "export", "--table", "chats", "--csv", "-o", "chats.csv");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.readString(dir.resolve("chats.csv")).startsWith("jid,"));
    }

    @Test
    void importReadsLocalTimesInTheCallersZoneAndFindsItsFileThere() throws Exception {
        Files.writeString(dir.resolve("chat.txt"), "31/12/2020, 22:15 - Asha: Happy new year almost!\n");
        Result imported = wadb().in(dir).env("TZ", "Asia/Kolkata")
                .run("--url", db.url(), "import", "chat.txt", "--chat", "918888888888@c.us");
        assertEquals(0, imported.exitCode(), imported.err());
        Result when = wadb().run("--url", db.url(), "-A", "-t", "-c",
                "select \"timestamp\" from messages where jid = '918888888888@s.whatsapp.net'");
        assertEquals("1609433100\n", when.out(), "22:15 in Kolkata is 16:45 UTC");
    }

    @Test
    void thePasswordIsAskedOnlyOnTheCallersTerminal() {
        List<String> asked = new ArrayList<>();
        Prompter prompter = new Prompter() {
            @Override
            public String readLine(String prompt) {
                asked.add(prompt);
                return "";
            }

            @Override
            public char[] readPassword(String prompt) {
                asked.add(prompt);
                return "any".toCharArray();  // trust authentication: any password will do
            }
        };
        String[] args = {"--url", db.url(), "-U", "postgres", "-W", "-A", "-t", "-c", "select 1"};
        Call onTerminal = call(args, new TerminalFlags(true, false, false), prompter);
        assertEquals(0, onTerminal.code(), onTerminal.err());
        assertEquals("1\n", onTerminal.out());
        assertEquals(List.of("Password for user postgres: "), asked);

        Call piped = call(args, TerminalFlags.NONE, prompter);
        assertEquals(1, piped.code());
        assertTrue(piped.err().contains("-W needs a terminal"), piped.err());
        assertEquals(1, asked.size(), "nothing asked without a terminal on stdin");
    }

    private record Call(int code, String out, String err) {
    }

    private Call call(String[] args, TerminalFlags terminals, Prompter prompter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = new Invocation(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), dir, terminals, null, ZoneOffset.UTC, dir, prompter);
        int code = Main.run(args, invocation, cancel -> { });
        return new Call(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
