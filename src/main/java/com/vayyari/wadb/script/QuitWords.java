package com.vayyari.wadb.script;

import java.io.PrintStream;

/**
 * {@code exit} and {@code quit} typed at the prompt, as psql 11+ reads them (mainloop.c): alone on the line (no
 * whitespace before, whitespace and one semicolon at most after, any case) they leave when the query buffer is
 * empty; otherwise the line goes into the buffer as any other, after a hint. {@code \q} inside a quote or comment,
 * where it is only text, gets the other hint. Only at an interactive prompt: in a script these are identifiers.
 */
final class QuitWords {

    private QuitWords() {
    }

    /**
     * True when {@code line} is one psql answers at once: a quit word, or {@code \\q} (even inside a quote). The
     * line editor then hands it over on Enter instead of waiting for the statement to end.
     */
    static boolean answersAtOnce(String line) {
        return isQuitWord(line) || line.startsWith("\\q");
    }

    /** True when {@code line} leaves the prompt; prints psql's hint when it is a quit word that cannot. */
    static boolean quits(String line, boolean bufferEmpty, char promptState, PrintStream stdout) {
        // psql's prompt states READY, CONTINUE and PAREN, where \q works; in a quote or comment it is text.
        boolean qWorks = promptState == '=' || promptState == '-' || promptState == '(';
        if (isQuitWord(line)) {
            if (bufferEmpty) {
                return true;
            }
            hint(stdout, qWorks ? "Use \\q to quit." : "Use control-D to quit.");
        } else if (line.startsWith("\\q") && !bufferEmpty && !qWorks) {
            hint(stdout, "Use control-D to quit.");
        }
        return false;
    }

    private static boolean isQuitWord(String line) {
        boolean word = line.regionMatches(true, 0, "exit", 0, 4) || line.regionMatches(true, 0, "quit", 0, 4);
        return word && onlySpaceAndOneSemicolon(line.substring(4));
    }

    private static boolean onlySpaceAndOneSemicolon(String rest) {
        int i = skipSpace(rest, 0);
        if (i < rest.length() && rest.charAt(i) == ';') {
            i = skipSpace(rest, i + 1);
        }
        return i == rest.length();
    }

    /** C's isspace, which psql uses: space, tab, newline, vertical tab, form feed, carriage return. */
    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void hint(PrintStream stdout, String text) {
        stdout.println(text);
        stdout.flush();
    }
}
