package com.vayyari.wadb.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a README's {@code bash} block into the words bash would pass a command: blanks separate
 * words, {@code '…'} is literal, {@code "…"} is literal but for {@code \"}, {@code \\}, {@code \$} and
 * {@code \`}, a backslash outside quotes takes the next character, and {@code #} at the start of a word begins
 * a comment. Expansions ({@code $…}, backquotes, globs) are refused rather than guessed at: an example that needs
 * them does not run as written in every shell. This is the tests' oracle, so it does not use wadb's own parser.
 */
public final class ShellWords {

    private ShellWords() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (c == '#' && word == null) {
                break;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = closing(line, i, '\'');
                word.append(line, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else if ("$`*?[|&;<>(){}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("needs a shell to expand or run " + c + ": " + line);
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the inside of a double-quoted string starting at {@code from}; returns the index after it. */
    private static int doubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (true) {
            if (i >= line.length()) {
                throw new IllegalArgumentException("unterminated \" in: " + line);
            }
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                throw new IllegalArgumentException("needs a shell to expand " + c + ": " + line);
            } else {
                word.append(c);
                i++;
            }
        }
    }

    private static int closing(String line, int open, char quote) {
        int end = line.indexOf(quote, open + 1);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated " + quote + " in: " + line);
        }
        return end;
    }
}
