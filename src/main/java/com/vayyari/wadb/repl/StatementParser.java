package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.sql.StatementSplitter;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the buffer is a complete input: an SQL statement ended by {@code ;}, a backslash command,
 * or a domain command line. Until then Enter adds a line and shows psql's continuation prompt. The same
 * splitter as scripts decides, so the REPL and piped input agree on every quote and comment.
 */
final class StatementParser extends DefaultParser {

    private final Prompt prompt;

    StatementParser(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT) {
            char state = pendingState(line);
            if (state != 0) {
                throw new EOFError(-1, cursor, "statement not finished", prompt.continuation(state));
            }
        }
        return super.parse(line, cursor, context);
    }

    /** 0 if {@code buffer} is complete, else the splitter's prompt state for the continuation prompt. */
    static char pendingState(String buffer) {
        if (buffer.isBlank() || Commands.isCommandLine(buffer.lines().findFirst().orElse(""))) {
            return 0;
        }
        StatementSplitter splitter = new StatementSplitter();
        for (String line : buffer.split("\n", -1)) {
            splitter.feed(line);
        }
        return splitter.incomplete() ? splitter.promptState() : 0;
    }
}
