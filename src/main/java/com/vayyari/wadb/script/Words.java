package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one shell-word splitter: whitespace separates, 'single' quotes keep everything, "double" quotes keep all but
 * {@code \"}, {@code \\}, {@code \$} and {@code \`}, and an unquoted backslash keeps the next char. Running a command
 * uses {@link #split}, which refuses an unterminated quote; completion uses {@link #scan}, which reads the same words
 * with their places in the line and lets the last one stop inside a quote, as a line being typed does.
 */
public final class Words {

    /** One word: its value with quotes and escapes removed, and where its text is in the line (Java indices). */
    public record Word(String value, int start, int end) {
    }

    /** The words of a line, and the quote left open at its end (0 if none). */
    public record Scan(List<Word> words, char openQuote) {

        /** Where the word at the end of the line starts: the last word if it touches the end, else the end. */
        public int lastWordStart(int length) {
            Word last = words.isEmpty() ? null : words.get(words.size() - 1);
            return last != null && last.end() == length ? last.start() : length;
        }

        public List<String> values() {
            return words.stream().map(Word::value).toList();
        }
    }

    private static final String DOUBLE_QUOTE_ESCAPES = "\"\\$`";

    private Words() {
    }

    /** The words of a command line to run; an unterminated quote is a usage error. */
    public static List<String> split(String line) {
        Scan scan = scan(line);
        if (scan.openQuote() != 0) {
            throw WadbException.usage("unterminated " + (scan.openQuote() == '\'' ? "single" : "double")
                    + " quote in command");
        }
        return scan.values();
    }

    /**
     * The words of a command line to run, less the {@code ;}s that may end it as they end a statement. Only a
     * {@code ;} the shell rules leave bare ends the command: {@code 'a;'} and {@code a\;} keep theirs, and an
     * escaped space at the end stays part of its word.
     */
    public static List<String> splitCommand(String line) {
        split(line);
        List<Word> words = new ArrayList<>(scan(line).words());
        while (!words.isEmpty()) {
            Word last = words.remove(words.size() - 1);
            Word kept = withoutEndingSemicolons(line.substring(last.start(), last.end()), last);
            if (kept != null) {
                words.add(kept);
                break;
            }
        }
        return words.stream().map(Word::value).toList();
    }

    /** {@code word} without the bare {@code ;}s it ends in, or null if it is nothing else. */
    private static Word withoutEndingSemicolons(String written, Word word) {
        int semicolons = 0;
        while (semicolons < written.length() && written.charAt(written.length() - 1 - semicolons) == ';') {
            semicolons++;
        }
        for (int n = semicolons; n > 0; n--) {
            Scan before = scan(written.substring(0, written.length() - n));
            String head = before.words().isEmpty() ? "" : before.words().get(0).value();
            if (before.openQuote() == 0 && (head + ";".repeat(n)).equals(word.value())) {
                return before.words().isEmpty() ? null : new Word(head, word.start(), word.end() - n);
            }
        }
        return word;
    }

    /** The words of a line as far as it goes; never fails. */
    public static Scan scan(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean hasNext = i + 1 < line.length();
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && hasNext && DOUBLE_QUOTE_ESCAPES.indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new Word(word.toString(), start, i));
                    word.setLength(0);
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && hasNext) {
                    i = appendEscaped(line, i + 1, word);
                } else {
                    word.append(c);
                }
            }
        }
        if (start >= 0) {
            words.add(new Word(word.toString(), start, line.length()));
        }
        return new Scan(List.copyOf(words), quote);
    }

    /**
     * Appends the code point an unquoted backslash escapes and returns the index of its last char: an escaped emoji
     * is kept whole, not split between its two UTF-16 halves.
     */
    private static int appendEscaped(String line, int at, StringBuilder word) {
        int codePoint = line.codePointAt(at);
        word.appendCodePoint(codePoint);
        return at + Character.charCount(codePoint) - 1;
    }
}
