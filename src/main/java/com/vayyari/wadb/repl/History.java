package com.vayyari.wadb.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Where the REPL keeps history, and what it never keeps. */
final class History {

    /**
     * JLine's HISTORY_IGNORE globs: lines that set or carry a password are not stored (a connection URL with
     * credentials, ALTER ROLE … PASSWORD, \password).
     */
    static final String IGNORE_PATTERN = "*PASSWORD*|*password*|*Password*|*postgres*://*:*@*";

    private History() {
    }

    static Path file(Map<String, String> env) {
        String override = env.get("WADB_HISTORY");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".wadb_history");
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
}
