package com.vayyari.wadb.repl;

import com.vayyari.wadb.config.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * Where the REPL keeps history, and what it never keeps: a line that sets or carries a password (ALTER ROLE …
 * PASSWORD, {@code \password}, a connection string or URL with one, as {@link Credentials} reads them). A
 * multi-line statement is one entry, recalled as typed. Repeats are dropped: JLine skips a line equal to the one
 * before, and at start-up older copies of a line are removed from the file, so Ctrl-R and the arrows step through
 * distinct statements.
 */
final class History {

    /** Credentials in a URL of any other scheme ({@code https://user:token@host}), the user name possibly empty. */
    private static final Pattern OTHER_URL_CREDENTIALS =
            Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^/\\s:@]*:[^@\\s/]*@");

    private History() {
    }

    /** {@code $WADB_HISTORY}, else {@code $HOME/.wadb_history} (which must then be set). */
    static Path file(Map<String, String> env) {
        return file(env, null);
    }

    /** {@code $WADB_HISTORY}, else {@code $HOME/.wadb_history} ({@code accountHome} when $HOME is unset). */
    static Path file(Map<String, String> env, Path accountHome) {
        String override = env.get("WADB_HISTORY");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = env.get("HOME");
        return (home == null || home.isBlank() ? accountHome : Path.of(home)).resolve(".wadb_history");
    }

    /** True if {@code line} must not be stored: it mentions a password or holds a URL with one. */
    static boolean isSecret(String line) {
        return Credentials.appearIn(line) || OTHER_URL_CREDENTIALS.matcher(line).find();
    }

    /** JLine's history with the secret filter in place of glob patterns (whose {@code :} means "or"). */
    static DefaultHistory withoutSecrets() {
        return new DefaultHistory() {
            @Override
            protected boolean matchPatterns(String patterns, String line) {
                return isSecret(line);
            }
        };
    }

    /** History may hold queries over private data: owner read/write only, like ~/.psql_history should be. */
    static void restrictPermissions(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // A read-only home or a non-POSIX file system: history still works in memory.
        }
    }

    /**
     * Keeps the newest copy of each entry of a JLine history file ({@code millis:escaped-line} per line) and drops
     * secrets an older version may have stored. Rewritten through a temporary file; left alone if unreadable.
     */
    static void compact(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            List<String> lines = Files.readAllLines(file);
            Deque<String> kept = new ArrayDeque<>();
            Set<String> seen = new HashSet<>();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                String entry = line.substring(line.indexOf(':') + 1).strip();
                if (!entry.isEmpty() && !isSecret(entry) && seen.add(entry)) {
                    kept.addFirst(line);
                }
            }
            if (kept.size() == lines.size()) {
                return;
            }
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".wadb_history", ".tmp");
            Files.write(temp, new ArrayList<>(kept));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // History is a convenience: a file we cannot tidy is used as it is.
        }
    }
}
