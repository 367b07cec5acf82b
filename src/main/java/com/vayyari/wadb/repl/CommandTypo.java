package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.Commands;
import java.util.Optional;
import java.util.Set;

/**
 * A line whose first word is one slip from a domain command ({@code serach invoice}): at the prompt it gets a
 * hint at once instead of waiting as the start of an SQL statement for a {@code ;} that was never meant. A word
 * SQL knows is never taken for one, so no real statement is ever stopped here.
 */
final class CommandTypo {

    /** Statements that may begin with a word {@link SqlKeywords} does not list. */
    private static final Set<String> STATEMENT_WORDS = Set.of("LOAD", "MOVE", "CLOSE", "REASSIGN", "SECURITY", "IMPORT");

    private CommandTypo() {
    }

    /** The hint for {@code buffer}, whose first line begins a new input; empty when it is no such slip. */
    static Optional<String> hint(String buffer) {
        String line = buffer.lines().findFirst().orElse("").stripLeading();
        int end = 0;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        if (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != ';') {
            return Optional.empty();
        }
        String first = line.substring(0, end);
        if (SqlKeywords.contains(first) || STATEMENT_WORDS.contains(first.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.ofNullable(Commands.nearest(first))
                .map(command -> "wadb: no command \"" + first + "\" (did you mean " + command + "?)");
    }
}
