package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile scripts from a fixed seed: unbalanced quotes, runs of $ and backslashes, NUL, lone
 * surrogates. The splitter must never throw or hang, must keep its state consistent, and must not lose text.
 */
class SplitterFuzzTest {

    private static final long SEED = 0x5EED_CAFEL;
    private static final int SCRIPTS = 4000;

    /** Pieces of SQL and psql syntax with no comment starter in them, so no text may legitimately vanish. */
    private static final String[] FRAGMENTS = {
            "select ", "1", ";", " ", "\n", "'", "''", "\"", "E'", "e'\\'", "$$", "$a$", "$b$", "$1", "a$$b", "$",
            "(", ")", "\\", "\\\\", "\\;", "\\:", "\\x", "\\g", "\\gx ", "\\r", "\\copy ", "\\echo ", "\\o |", ":v",
            ":'v'", ":\"v\"", "::", "U&'", "U&\"", "b'", "N'", "begin ", "end ", "case ", "create ", "function ",
            "procedure ", "or replace ", "atomic ", "\r\n", "\t", "`", "1e'", "\u0000", "\ud800", "\udc00", "😀", "é",
            "\f", "\uFEFF",
    };
    private static final String[] COMMENT_FRAGMENTS = {"--", "/*", "*/", "/", "*", "-", "--;\n", "/* ; */"};
    private static final String HOSTILE_CHARS = "a1 \n'\"$;\\():&|`.\u0000\ud800\udc00é\r\f*+E_{?}";

    @Test
    void scriptsWithoutCommentsLoseNoCharacterButWhitespaceSemicolonsAndBackslashes() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random random = new Random(SEED);
            for (int i = 0; i < SCRIPTS; i++) {
                String script = script(random, false);
                List<Piece> pieces = checkedSplit(script);
                assertEquals(significant(script, true), significant(rendered(pieces), true), () -> show(script));
            }
        });
    }

    @Test
    void scriptsWithCommentsKeepTheirTextInOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Random random = new Random(SEED + 1);
            for (int i = 0; i < SCRIPTS; i++) {
                String script = script(random, true);
                String kept = significant(rendered(checkedSplit(script)), false);
                assertTrue(isSubsequence(kept, significant(script, false)), () -> show(script));
            }
        });
    }

    @Test
    void longHostileLinesLexInLinearTime() {
        String[] units = {"$", "$a", "$a$", "/*", "*/", "'", "\\", "(", "E'\\", "--", ":'", "\"", "$$x", "e", "1e"};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String unit : units) {
                String line = unit.repeat(1_000_000 / unit.length());
                checkedSplit(line);
                checkedSplit("select $a$" + line);
                checkedSplit("/*" + line);
            }
            StatementSplitter splitter = new StatementSplitter();
            splitter.feed("select $body$");
            for (int i = 0; i < 200_000; i++) {
                splitter.feed("line " + i + "; $$ ' \" /* -- \\g");
            }
            assertEquals('$', splitter.promptState());
        });
    }

    /** A hostile script from {@code random}; also the corpus of the differential test of all lexer consumers. */
    static String script(Random random, boolean comments) {
        StringBuilder script = new StringBuilder(" ");
        int parts = random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                script.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else if (pick < 8 && comments) {
                script.append(COMMENT_FRAGMENTS[random.nextInt(COMMENT_FRAGMENTS.length)]);
            } else {
                script.append(HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length())));
            }
        }
        return script.toString();
    }

    /** Splits a script whole and line by line, checking the state after every line and that both ways agree. */
    private static List<Piece> checkedSplit(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<Piece> pieces = new ArrayList<>();
        String[] lines = script.split("\n", -1);
        int count = script.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            pieces.addAll(splitter.feed(lines[i]));
            char state = splitter.promptState();
            assertTrue("=-'\"$*(".indexOf(state) >= 0, () -> "prompt state " + state);
            assertEquals(state != '=', splitter.incomplete());
            assertEquals(state == '=', splitter.buffer().isEmpty());
        }
        splitter.finish().ifPresent(pieces::add);
        assertEquals('=', splitter.promptState());
        assertEquals(pieces, Scripts.split(script), () -> show(script));
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Meta meta) {
                try {
                    meta.args();
                    meta.argsWithoutTrailingSemicolons();
                } catch (IllegalArgumentException e) {
                    assertEquals("unterminated quoted string", e.getMessage());
                }
            }
        }
        return pieces;
    }

    /**
     * All the text the pieces carry, in input order. A command's query is the statement pending before it, so that
     * text is shown there, and only the rest of the statement when it is sent later.
     */
    private static String rendered(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        String shown = "";
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Sql sql) {
                out.append(rest(sql.text(), shown));
                shown = "";
            } else if (piece instanceof Piece.Meta meta) {
                out.append(rest(meta.query(), shown)).append(meta.command()).append(meta.argsRaw());
                shown = MetaCommands.consumesQuery(meta.command()) ? "" : meta.query();
            }
        }
        return out.toString();
    }

    /** {@code text} less the part already shown; all of it when the shown part was dropped as an empty statement. */
    private static String rest(String text, String shown) {
        return text.startsWith(shown) ? text.substring(shown.length()) : text;
    }

    /** {@code s} without psql whitespace, and without the semicolons and backslashes the shell syntax consumes. */
    private static String significant(String s, boolean dropShellSyntax) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean shellSyntax = c == ';' || c == '\\';
            if (!SqlChars.isSpace(c) && !(dropShellSyntax && shellSyntax)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }

    private static String show(String script) {
        return "script: " + Scripts.escape(script);
    }
}
