package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Backslash-command arguments by psql's rules (psqlscanslash.l, states xslasharg and its quotes): how far they
 * reach on a line, and how they split into words. One scanner serves both, so the extent the splitter cuts and the
 * words a command later reads can never disagree about where a quote ends.
 */
final class MetaArgs {

    private final String text;
    private final boolean stopAtBackslash;
    private int pos;
    private Substitution variables = Substitution.NONE;
    private java.util.function.UnaryOperator<String> shell;

    private MetaArgs(String text, int from, boolean stopAtBackslash) {
        this.text = text;
        this.pos = from;
        this.stopAtBackslash = stopAtBackslash;
    }

    /**
     * Where the arguments of {@code command} end on {@code line}, scanning from {@code from} (just after the name):
     * at the next unquoted backslash, else at the end of the line. An unterminated quote runs to the end of the line.
     */
    static int end(String line, int from, String command) {
        if (MetaCommands.takesWholeLine(command)) {
            return line.length();
        }
        MetaArgs scanner = new MetaArgs(line, from, true);
        boolean filePipe = MetaCommands.takesFilePipe(command);
        while (scanner.skipSpace()) {
            if (filePipe && scanner.text.charAt(scanner.pos) == '|') {
                return line.length();
            }
            scanner.word(null);
        }
        return scanner.pos;
    }

    /** The words of {@code raw}, an argument text as {@link Piece.Meta#argsRaw()} holds it. */
    static List<String> split(String command, String raw, boolean stripTrailingSemicolons) {
        return split(command, raw, stripTrailingSemicolons, Substitution.NONE, null);
    }

    /**
     * The words with psql's expansions: {@code :name}, {@code :'name'}, {@code :"name"} outside quotes take the
     * variable's value, and a backquoted part is replaced by what {@code shell} prints for it (null: kept as written).
     */
    static List<String> split(String command, String raw, boolean stripTrailingSemicolons, Substitution variables,
                              java.util.function.UnaryOperator<String> shell) {
        return split(command, raw, stripTrailingSemicolons, variables, shell, Integer.MAX_VALUE);
    }

    /**
     * As {@link #split(String, String, boolean, Substitution, java.util.function.UnaryOperator)}, expanding only the
     * first {@code expanded} words: psql reads the arguments a command does not take as in a branch not taken, so a
     * variable stays as written and a backquoted command is not run (its text is the word).
     */
    static List<String> split(String command, String raw, boolean stripTrailingSemicolons, Substitution variables,
                              java.util.function.UnaryOperator<String> shell, int expanded) {
        List<String> words = new ArrayList<>();
        if (MetaCommands.takesWholeLine(command)) {
            if (!raw.isEmpty()) {
                words.add(raw);
            }
            return words;
        }
        MetaArgs scanner = new MetaArgs(raw, 0, false);
        scanner.variables = variables;
        scanner.shell = shell;
        boolean filePipe = MetaCommands.takesFilePipe(command);
        while (scanner.skipSpace()) {
            if (filePipe && raw.charAt(scanner.pos) == '|') {
                words.add(raw.substring(scanner.pos));
                break;
            }
            if (words.size() >= expanded) {
                scanner.variables = Substitution.NONE;
                scanner.shell = shell == null ? null : java.util.function.UnaryOperator.identity();
            }
            StringBuilder word = new StringBuilder();
            Word scanned = scanner.word(word);
            if (scanned.unterminated) {
                throw new IllegalArgumentException("unterminated quoted string");
            }
            int end = word.length();
            if (stripTrailingSemicolons) {
                for (int n = scanned.unquotedTail; n > 0 && end > 0 && word.charAt(end - 1) == ';'; n--) {
                    end--;
                }
            }
            if (end > 0 || scanned.quoted) {
                words.add(word.substring(0, end));
            }
        }
        return words;
    }

    /** Skips whitespace; true when an argument starts here (not at the end, not at a stopping backslash). */
    private boolean skipSpace() {
        while (pos < text.length() && SqlChars.isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos < text.length() && !(stopAtBackslash && text.charAt(pos) == '\\');
    }

    /** What scanning one word found besides its text. */
    private record Word(boolean quoted, boolean unterminated, int unquotedTail) {
    }

    /** Scans one word from {@code pos}, appending its value to {@code out} when given. */
    private Word word(StringBuilder out) {
        boolean quoted = false;
        int unquotedTail = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (SqlChars.isSpace(c) || (stopAtBackslash && c == '\\')) {
                break;
            }
            int variableEnd = c == ':' ? variableEnd(pos) : -1;
            if (variableEnd > 0) {
                String reference = text.substring(pos, variableEnd);
                String value = Substitution.expand(variables, reference).orElse(reference);
                append(out, value, 0, value.length());
                pos = variableEnd;
                unquotedTail = 0;
                quoted = true;
            } else if (c == '`' && shell != null && out != null) {
                quoted = true;
                unquotedTail = 0;
                int close = text.indexOf('`', pos + 1);
                if (close < 0) {
                    return new Word(true, true, 0);
                }
                out.append(shell.apply(text.substring(pos + 1, close)));
                pos = close + 1;
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted = true;
                unquotedTail = 0;
                if (!(c == '\'' ? singleQuoted(out) : verbatimQuoted(c, out))) {
                    return new Word(true, true, 0);
                }
            } else {
                append(out, text, pos, pos + 1);
                pos++;
                unquotedTail++;
            }
        }
        return new Word(quoted, false, unquotedTail);
    }

    /** The end of a psql variable reference {@code :name}, {@code :'name'}, {@code :"name"} at {@code at}, or -1. */
    private int variableEnd(int at) {
        int i = at + 1;
        if (i < text.length() && SqlChars.isVariableChar(text.charAt(i))) {
            while (i < text.length() && SqlChars.isVariableChar(text.charAt(i))) {
                i++;
            }
            return i;
        }
        return SqlChars.quotedVariableEnd(text, at);
    }

    /** A {@code '…'} part, opening quote at {@code pos}: {@code ''} and backslash escapes. False if unterminated. */
    private boolean singleQuoted(StringBuilder out) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '\'') {
                    appendChar(out, '\'');
                    pos += 2;
                    continue;
                }
                pos++;
                return true;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                pos = escape(pos + 1, out);
            } else {
                appendChar(out, c);
                pos++;
            }
        }
        return false;
    }

    /** Decodes the escape whose letter is at {@code at}; returns the index after it. */
    private int escape(int at, StringBuilder out) {
        char c = text.charAt(at);
        switch (c) {
            case 'n' -> appendChar(out, '\n');
            case 't' -> appendChar(out, '\t');
            case 'b' -> appendChar(out, '\b');
            case 'r' -> appendChar(out, '\r');
            case 'f' -> appendChar(out, '\f');
            default -> {
                int radix = c >= '0' && c <= '7' ? 8 : c == 'x' ? 16 : 0;
                int start = radix == 16 ? at + 1 : at;
                int end = start;
                while (radix != 0 && end < text.length() && end - start < (radix == 8 ? 3 : 2)
                        && Character.digit(text.charAt(end), radix) >= 0) {
                    end++;
                }
                if (end > start) {
                    appendChar(out, (char) (Integer.parseInt(text, start, end, radix) & 0xFF));
                    return end;
                }
                appendChar(out, c);
            }
        }
        return at + 1;
    }

    /** A {@code "…"} or backquoted part, kept with its quotes. False if unterminated. */
    private boolean verbatimQuoted(char quote, StringBuilder out) {
        int close = text.indexOf(quote, pos + 1);
        if (close < 0) {
            pos = text.length();
            return false;
        }
        append(out, text, pos, close + 1);
        pos = close + 1;
        return true;
    }

    private static void append(StringBuilder out, String s, int from, int to) {
        if (out != null) {
            out.append(s, from, to);
        }
    }

    private static void appendChar(StringBuilder out, char c) {
        if (out != null) {
            out.append(c);
        }
    }
}
