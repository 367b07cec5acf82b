package com.vayyari.wadb.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small facts about the process's terminals, found without loading JLine (start-up time matters). */
public final class Terminals {

    private Terminals() {
    }

    /** True if file descriptor {@code fd} (0 stdin, 1 stdout, 2 stderr) is a terminal. */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    /** psql's boolean variable values: on/off, true/false, yes/no, 1/0 (and unambiguous prefixes). */
    public static boolean isTruthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("on") || "true".startsWith(v) && !v.isEmpty() || "yes".startsWith(v) && !v.isEmpty();
    }
}
