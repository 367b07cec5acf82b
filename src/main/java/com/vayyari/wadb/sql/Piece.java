package com.vayyari.wadb.sql;

import java.util.List;
import java.util.Objects;

/** One thing {@link StatementSplitter} found in the input: SQL to send, or a backslash command to run. */
public sealed interface Piece permits Piece.Sql, Piece.Meta {

    /**
     * A statement to send.
     *
     * @param text       the statement as psql sends it, without the semicolon that ended it: the terminator belongs
     *                   to the shell, like {@code \g}, so both give the same text and a caller can wrap it
     *                   (a cursor, {@code COPY (…) TO STDOUT}). Leading whitespace and {@code --} comments before
     *                   the first token are dropped, as psql 15 does; all else is kept, lines joined by {@code \n}.
     *                   It may hold several statements joined by {@code \;}, which psql sends as one string.
     * @param terminated true when a {@code ;} ended it; false for what was left at the end of input
     */
    record Sql(String text, boolean terminated) implements Piece {
        public Sql {
            Objects.requireNonNull(text, "text");
        }

        /** The exact string psql would send and echo with {@code -e}. */
        public String asSent() {
            return terminated ? text + ";" : text;
        }
    }

    /**
     * A backslash command, e.g. {@code \x}, {@code \pset format csv}, {@code \copy t to 'f'}, {@code \gx}.
     *
     * @param command the name without the backslash ({@code x}, {@code d+}, {@code copy}); empty for a lone
     *                backslash, which psql reports as {@code invalid command \}
     * @param argsRaw everything after the name up to the end of the line or the next unquoted backslash, trimmed;
     *                for {@code \copy}, {@code \!}, {@code \h}, {@code \sf}, {@code \ef} … the whole rest of the line
     * @param query   the statement pending when the command was read (psql's query buffer), empty when none; what
     *                {@code \g}, {@code \p}, {@code \w} and {@code \e} work on. When it is empty psql uses the
     *                previous statement instead; the caller keeps that.
     */
    record Meta(String command, String argsRaw, String query) implements Piece {
        public Meta {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(argsRaw, "argsRaw");
            Objects.requireNonNull(query, "query");
        }

        /**
         * The arguments as psql splits them: whitespace separates; {@code '…'} quotes with {@code ''} and backslash
         * escapes; {@code "…"} is kept with its quotes; backquotes and {@code :var} are kept as written (wadb runs
         * no shell commands and substitutes no variables here). Whole-line commands give one argument.
         *
         * @throws IllegalArgumentException "unterminated quoted string", as psql reports it
         */
        public List<String> args() {
            return MetaArgs.split(command, argsRaw, false);
        }

        /** {@link #args()} without unquoted trailing semicolons, as psql reads {@code \d t;} or {@code \c db;}. */
        public List<String> argsWithoutTrailingSemicolons() {
            return MetaArgs.split(command, argsRaw, !MetaCommands.keepsSemicolons(command));
        }

        /**
         * {@link #argsWithoutTrailingSemicolons()} with psql's expansions: variables outside quotes, and backquoted
         * shell commands replaced by their output through {@code shell}.
         */
        public List<String> expandedArgs(Substitution variables, java.util.function.UnaryOperator<String> shell) {
            return MetaArgs.split(command, argsRaw, !MetaCommands.keepsSemicolons(command), variables, shell);
        }

        /** As {@link #expandedArgs(Substitution, java.util.function.UnaryOperator)}, expanding the first {@code n} only. */
        public List<String> expandedArgs(Substitution variables, java.util.function.UnaryOperator<String> shell, int n) {
            return MetaArgs.split(command, argsRaw, !MetaCommands.keepsSemicolons(command), variables, shell, n);
        }

        /** True for the commands that send the query buffer and then clear it: {@code \g}, {@code \gx}, {@code \gset} … */
        public boolean sendsQuery() {
            return MetaCommands.sendsQuery(command);
        }
    }
}
