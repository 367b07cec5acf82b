package com.vayyari.wadb.repl;

import java.util.List;

/**
 * Reads a command line up to the cursor as the command's parser will ({@code Words} for domain commands, psql's
 * rules for backslash commands, which agree on this much): whitespace separates, quotes group. Unlike a parser it
 * never fails: the text may stop inside a quote, and the last word is the one being typed.
 */
final class ShellWords {

    private ShellWords() {
    }

    /**
     * Adds the finished words of {@code line}, unquoted, to {@code words}; returns where the word being typed
     * starts (the end of {@code line} when it ends in whitespace).
     */
    static int split(String line, List<String> words) {
        StringBuilder word = new StringBuilder();
        int start = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length() && start != i) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        return start < 0 ? line.length() : start;
    }
}
