package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.sql.CommandTag;
import com.vayyari.wadb.sql.Piece;
import com.vayyari.wadb.sql.StatementSplitter;
import java.util.List;
import java.util.Set;

/**
 * Reads the lines the REPL hands to the runner exactly as the runner will, to learn what they do before and
 * after they run: which statements change the schema (completion reloads its names), which backslash commands
 * send the pending query (it becomes the last query, as in psql), and whether a statement is still pending.
 */
final class InputMirror {

    private static final Set<String> SCHEMA_WORDS = Set.of("CREATE", "ALTER", "DROP", "IMPORT", "COMMENT");
    /** Domain commands that add tables or chats. */
    private static final Set<String> FILLING_COMMANDS = Set.of("setup", "import", "generate");

    private final StatementSplitter splitter = new StatementSplitter();

    /** What one line holds: the pieces it completes, or none for a domain command line. */
    record Line(List<Piece> pieces, String command) {
        /** True if running the line may add or change tables, columns or chats. */
        boolean changesNames() {
            if (command != null) {
                return FILLING_COMMANDS.contains(command);
            }
            return pieces.stream().anyMatch(p -> p instanceof Piece.Sql sql && changesSchema(sql.text()));
        }

        boolean has(String metaCommand) {
            return pieces.stream().anyMatch(p -> p instanceof Piece.Meta m && m.command().equals(metaCommand));
        }
    }

    Line observe(String line) {
        if (!splitter.incomplete() && Commands.isCommandLine(line)) {
            String first = line.strip().split("[\\s;]+", 2)[0];
            return new Line(List.of(), first.toLowerCase(java.util.Locale.ROOT));
        }
        return new Line(splitter.feed(line), null);
    }

    boolean pending() {
        return splitter.incomplete();
    }

    char state() {
        return splitter.promptState();
    }

    /** True if {@code text} finishes a statement or holds a backslash command. */
    static boolean completesAnything(String text) {
        StatementSplitter fresh = new StatementSplitter();
        for (String line : text.split("\n", -1)) {
            if (!fresh.feed(line).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static boolean changesSchema(String sql) {
        String first = CommandTag.firstWord(sql);
        return SCHEMA_WORDS.contains(first)
                || first.equals("SET") && sql.toLowerCase(java.util.Locale.ROOT).contains("search_path");
    }
}
