package com.vayyari.wadb.repl;

import com.vayyari.wadb.script.Words;
import java.util.List;

/**
 * Quotes a completed word of a command line so the command reads it back as one word: a chat name with spaces
 * becomes {@code 'Family Group'}. Single quotes where they suffice (nothing is special inside them), else double
 * quotes with {@code \}-escapes, the style {@link Words} reads back.
 */
final class ShellQuote {

    private static final String SAFE = "@%+=:,./-_";

    private ShellQuote() {
    }

    /**
     * {@code word} as typed on a command line; {@code open} is the quote the user already typed (0 if none), and
     * {@code complete} closes the quote (a full name) or leaves it open (a common prefix of several names).
     */
    static String quote(String word, char open, boolean complete) {
        if (open == 0 && !needsQuotes(word)) {
            return word;
        }
        char quote = open != 0 ? open : word.indexOf('\'') >= 0 ? '"' : '\'';
        StringBuilder quoted = new StringBuilder().append(quote);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == '"' && "\"\\$`".indexOf(c) >= 0) {
                quoted.append('\\');
            } else if (quote == '\'' && c == '\'') {
                // Nothing escapes a quote inside single quotes: close, add an escaped one, reopen.
                quoted.append("'\\'");
            }
            quoted.append(c);
        }
        return complete ? quoted.append(quote).toString() : quoted.toString();
    }

    static boolean needsQuotes(String word) {
        if (word.isEmpty()) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && SAFE.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The text of a word being typed, read as the command will read it; its quote may still be open. */
    static String unquote(String raw) {
        List<Words.Word> words = Words.scan(raw).words();
        return words.isEmpty() ? "" : words.get(0).value();
    }

    /** The quote {@code raw} leaves open, which the completed word must go on inside (0 if none). */
    static char openQuote(String raw) {
        return Words.scan(raw).openQuote();
    }
}
