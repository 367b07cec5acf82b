package com.vayyari.wadb.script;

import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.sql.Piece;
import com.vayyari.wadb.sql.StatementSplitter;

/**
 * The one answer to "is this line a domain command, and is this input finished", for the runner and for the
 * REPL's line reader, which must know before the runner sees the text whether Enter runs it.
 */
public final class InputState {

    private InputState() {
    }

    /**
     * True if {@code line} is a domain command line: its first word names a command, and no statement is
     * pending (inside one, {@code help} is just SQL text).
     */
    public static boolean isCommandLine(String line, boolean statementPending) {
        return !statementPending && Commands.isCommandLine(line);
    }

    /**
     * 0 if {@code text} is complete, else the splitter's prompt state for the continuation prompt. Complete: a
     * statement ended by {@code ;}, a last line holding a backslash command, or a domain command line; at the prompt
     * also a last line psql answers at once ({@code exit}, {@code quit}, {@code \\q} in a quote: see QuitWords).
     *
     * @param statementPending a statement begun in an earlier input goes on, so the first line cannot be a command
     */
    public static char pendingState(String text, boolean statementPending) {
        if (text.isBlank() || isCommandLine(text.lines().findFirst().orElse(""), statementPending)
                || QuitWords.answersAtOnce(text.substring(text.lastIndexOf('\n') + 1))) {
            return 0;
        }
        StatementSplitter splitter = new StatementSplitter();
        boolean endsInCommand = false;
        for (String line : text.split("\n", -1)) {
            endsInCommand = splitter.feed(line).stream().anyMatch(p -> p instanceof Piece.Meta);
        }
        return splitter.incomplete() && !endsInCommand ? splitter.promptState() : 0;
    }

    /** True if {@code text} finishes a statement or holds a backslash command. */
    public static boolean completesAnything(String text) {
        StatementSplitter fresh = new StatementSplitter();
        for (String line : text.split("\n", -1)) {
            if (!fresh.feed(line).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
