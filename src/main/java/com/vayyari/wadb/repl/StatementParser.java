package com.vayyari.wadb.repl;

import com.vayyari.wadb.script.InputState;
import java.util.function.BooleanSupplier;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when the buffer is a complete input: an SQL statement ended by {@code ;}, a line ending in a
 * backslash command (psql runs those at once, even inside a statement), or a domain command line. Until then
 * Enter adds a line and shows psql's continuation prompt. The same splitter as scripts decides, so the REPL and
 * piped input agree on every quote and comment. For completion it hands JLine the word {@link Suggest} found.
 */
final class StatementParser implements Parser {

    private final Prompt prompt;
    private final Suggest suggest;
    private final BooleanSupplier statementPending;
    private final BooleanSupplier copying;

    /** @param statementPending true while the runner holds part of a statement from an earlier input */
    StatementParser(Prompt prompt, Suggest suggest, BooleanSupplier statementPending) {
        this(prompt, suggest, statementPending, () -> false);
    }

    /** @param copying true while lines are COPY data, each complete as it is */
    StatementParser(Prompt prompt, Suggest suggest, BooleanSupplier statementPending, BooleanSupplier copying) {
        this.prompt = prompt;
        this.suggest = suggest;
        this.statementPending = statementPending;
        this.copying = copying;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if ((context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT) && !copying.getAsBoolean()) {
            char state = pendingState(line, statementPending.getAsBoolean());
            if (state != 0) {
                throw new EOFError(-1, cursor, "statement not finished", prompt.continuation(state));
            }
        }
        int at = charIndex(line, cursor);
        if (context == ParseContext.COMPLETE) {
            return new CompletionLine(line, at, suggest.at(line.substring(0, at), line.substring(at)));
        }
        return new CompletionLine(line, at, Suggest.Result.none(at));
    }

    /** JLine's cursor counts code points, the line's indices chars: where the cursor is in the string. */
    static int charIndex(String line, int codePoints) {
        return line.offsetByCodePoints(0, Math.min(codePoints, line.codePointCount(0, line.length())));
    }

    /** 0 if {@code buffer} is complete, else the prompt state for the continuation prompt (see {@link InputState}). */
    static char pendingState(String buffer, boolean pending) {
        if (!pending && CommandTypo.hint(buffer).isPresent()) {
            return 0;  // Enter shows the hint at once (Repl), rather than a continuation prompt
        }
        return InputState.pendingState(buffer, pending);
    }
}
