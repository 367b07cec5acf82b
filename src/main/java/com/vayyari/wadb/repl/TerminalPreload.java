package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.Commands;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.nativ.JLineNativeLoader;
import org.jline.utils.InfoCmp;

/**
 * The slowest cold parts of the REPL's terminal, loaded on a daemon thread while the command line is still being
 * parsed: the terminal's capabilities (JLine parses them from text, or runs {@code infocmp} for a type it does not
 * carry, and keeps the result) and JLine's native library. The REPL's terminal then finds them ready; nothing
 * here changes the terminal's state, so a call that turns out not to be the REPL loses only that thread's work.
 */
public final class TerminalPreload {

    /** Options after which no REPL starts: a command, a file, a list, help. */
    private static final Set<String> NOT_INTERACTIVE = Set.of("-c", "--command", "-f", "--file", "-l", "--list",
            "--help", "-?", "-V", "--version");

    /** The short ones that may carry their value attached ({@code -cSELECT}). */
    private static final List<String> ATTACHED = List.of("-c", "-f");

    private TerminalPreload() {
    }

    /** Starts loading when {@code stdinIsTerminal} and nothing in {@code args} rules the REPL out. */
    public static void startIfInteractive(String[] args, boolean stdinIsTerminal, Map<String, String> env) {
        if (!stdinIsTerminal || rulesOutRepl(args)) {
            return;
        }
        String type = env.get("TERM");
        Thread loader = new Thread(() -> load(type), "wadb-terminal-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** A guess from the words alone, before picocli has read them: a wrong "no" costs only the preload. */
    public static boolean rulesOutRepl(String[] args) {
        for (String arg : args) {
            if (NOT_INTERACTIVE.contains(arg.split("=", 2)[0]) || ATTACHED.stream().anyMatch(arg::startsWith)
                    || !arg.startsWith("-") && Commands.mentioned(new String[] {arg})) {
                return true;
            }
        }
        return false;
    }

    private static void load(String type) {
        try {
            if (type != null && !type.isBlank()) {
                InfoCmp.parseInfoCmp(InfoCmp.getInfoCmp(type), new HashSet<>(), new HashMap<>(), new HashMap<>());
            }
            JLineNativeLoader.initialize();
        } catch (Exception | LinkageError e) {
            // The terminal builder meets the same problem again and falls back (another provider, a dumb terminal).
        }
    }
}
