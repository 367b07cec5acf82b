package com.vayyari.wadb.sql;

import java.util.Set;

/**
 * What the splitter must know about a backslash command by name, from psql 15's command.c: how far its arguments
 * reach and what it does to the query buffer. Everything else about a command is its runner's business.
 */
final class MetaCommands {

    /** Commands that read the rest of the line as one argument (psql OT_WHOLE_LINE). */
    private static final Set<String> WHOLE_LINE = Set.of(
            "copy", "!", "h", "help", "sf", "sf+", "sv", "sv+", "ef", "ev");

    /** Commands whose file argument may be {@code |command}, which then runs to the end of the line (OT_FILEPIPE). */
    private static final Set<String> FILE_PIPE = Set.of("g", "gx", "o", "out", "w", "write");

    /** Commands that send the query buffer (or, when empty, the previous query) and then clear it. */
    private static final Set<String> SENDS_QUERY = Set.of(
            "g", "gx", "gset", "gdesc", "gexec", "crosstabview", "watch");

    /**
     * Commands whose arguments keep a trailing semicolon (psql reads them with {@code semicolon = false}): {@code \\echo
     * hi;} prints {@code hi;}, while {@code \\d t;} describes {@code t}.
     */
    private static final Set<String> KEEPS_SEMICOLONS = Set.of("echo", "qecho", "warn", "set", "unset", "pset",
            "timing", "encoding", "getenv", "setenv", "prompt", "gset", "g", "gx", "f", "T");

    /** Commands that clear the query buffer without sending it. */
    private static final Set<String> CLEARS_QUERY = Set.of("r", "reset");

    private MetaCommands() {
    }

    /** True when the command takes the whole rest of the line; a lone backslash does too, as psql discards it. */
    static boolean takesWholeLine(String command) {
        return command.isEmpty() || WHOLE_LINE.contains(command);
    }

    static boolean takesFilePipe(String command) {
        return FILE_PIPE.contains(command);
    }

    static boolean keepsSemicolons(String command) {
        return KEEPS_SEMICOLONS.contains(command);
    }

    static boolean sendsQuery(String command) {
        return SENDS_QUERY.contains(command);
    }

    /** True when the splitter must empty its buffer after the command: it was sent or reset. */
    static boolean consumesQuery(String command) {
        return SENDS_QUERY.contains(command) || CLEARS_QUERY.contains(command);
    }
}
