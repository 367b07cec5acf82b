package com.vayyari.wadb.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts of a call are its own: its $TZ, its $HOME, its directory, its terminals. */
class InvocationTest {

    private static final ZoneId JVM = ZoneId.of("America/Lima");

    private static Invocation call(Map<String, String> env, Path directory, TerminalFlags terminals, Prompter prompter) {
        return new Invocation(InputStream.nullInputStream(), new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()), env, directory, terminals, null,
                Invocation.zone(env, JVM), Path.of("/account"), prompter);
    }

    @Test
    void theZoneIsTheCallersTzElseTheJvms() {
        assertEquals(ZoneId.of("Asia/Kolkata"), Invocation.zone(Map.of("TZ", "Asia/Kolkata"), JVM));
        assertEquals(ZoneId.of("Europe/Berlin"), Invocation.zone(Map.of("TZ", ":Europe/Berlin"), JVM), "libc's ':' form");
        assertEquals(ZoneId.of("UTC"), Invocation.zone(Map.of("TZ", "UTC"), JVM));
        assertEquals(JVM, Invocation.zone(Map.of(), JVM));
        assertEquals(JVM, Invocation.zone(Map.of("TZ", "Not/AZone"), JVM));
        assertEquals(ZoneId.of("Asia/Tokyo"), call(Map.of("TZ", "Asia/Tokyo"), Path.of("/w"), TerminalFlags.NONE, null).zone());
    }

    @Test
    void relativeNamesResolveInTheCallersDirectory() {
        Invocation invocation = call(Map.of(), Path.of("/callers/dir"), TerminalFlags.NONE, null);
        assertEquals(Path.of("/callers/dir/out.csv"), invocation.resolve(Path.of("out.csv")));
        assertEquals(Path.of("/abs/out.csv"), invocation.resolve(Path.of("/abs/out.csv")));
    }

    @Test
    void homeIsTheCallersHomeElseTheAccounts() {
        assertEquals(Path.of("/h"), call(Map.of("HOME", "/h"), Path.of("/w"), TerminalFlags.NONE, null).home());
        assertEquals(Path.of("/account"), call(Map.of(), Path.of("/w"), TerminalFlags.NONE, null).home());
    }

    @Test
    void terminalsAreTheCallersAndQuestionsNeedOneOnStdin() {
        Prompter prompter = new Prompter() {
            @Override
            public String readLine(String prompt) {
                return "y";
            }

            @Override
            public char[] readPassword(String prompt) {
                return new char[0];
            }
        };
        TerminalFlags flags = new TerminalFlags(false, true, false);
        assertFalse(flags.isTerminal(0));
        assertTrue(flags.isTerminal(1));
        assertFalse(flags.isTerminal(2));
        assertFalse(flags.isTerminal(3));
        assertNull(call(Map.of(), Path.of("/w"), flags, prompter).terminalPrompter(), "a piped stdin is never asked");
        assertEquals(prompter, call(Map.of(), Path.of("/w"), new TerminalFlags(true, false, false), prompter)
                .terminalPrompter());
        assertEquals(ZoneOffset.UTC, Invocation.detached(InputStream.nullInputStream(), null, null, Map.of("TZ", "Z"),
                Path.of("/w"), JVM, Path.of("/account")).zone().normalized());
    }
}
