package com.vayyari.wadb.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small facts about the process's terminals, found without loading JLine (start-up time matters). */
public final class Terminals {

    private Terminals() {
    }

    /**
     * The client's answers when a command runs for another process (the warm server): there, this
     * process's own descriptors say nothing about the user's terminal. Inherited by threads the command
     * starts. Null: ask this process.
     */
    private static final InheritableThreadLocal<boolean[]> RELAYED = new InheritableThreadLocal<>();

    /** True if file descriptor {@code fd} (0 stdin, 1 stdout, 2 stderr) is a terminal. */
    public static boolean isTerminal(int fd) {
        boolean[] relayed = RELAYED.get();
        if (relayed != null) {
            return fd >= 0 && fd < relayed.length && relayed[fd];
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    /** Runs {@code body} on this thread with the terminal facts of a client: {@code terminals[fd]}. */
    public static <T> T relayed(boolean[] terminals, java.util.function.Supplier<T> body) {
        RELAYED.set(terminals.clone());
        try {
            return body.get();
        } finally {
            RELAYED.remove();
        }
    }

    /** psql's boolean variable values: on/off, true/false, yes/no, 1/0 (and unambiguous prefixes). */
    public static boolean isTruthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("on") || "true".startsWith(v) && !v.isEmpty() || "yes".startsWith(v) && !v.isEmpty();
    }
}
