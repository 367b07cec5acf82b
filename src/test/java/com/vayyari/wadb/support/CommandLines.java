package com.vayyari.wadb.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random command lines whose words are known before they are quoted: each word is drawn from letters, quotes,
 * backslashes, spaces, {@code $}, backticks, emoji (with a skin tone, a ZWJ family of five code points, a flag,
 * a heart with its variation selector) and CJK, then written bare with backslashes, in single quotes, in double
 * quotes, or in a mix of those touching. A splitter is right when it gives back the drawn words, and finds each
 * where its written text is.
 */
public final class CommandLines {

    /** A line, the words drawn for it and the text each was written as, in order. */
    public record Line(String text, List<String> values, List<String> written, List<Integer> starts) {
    }

    private static final String[] PIECES = {"a", "b", "Z", "é", "-", "'", "\"", "\\", " ", "\t", "$", "`", "😀",
        "👍🏽", "x y", "👨‍👩‍👧", "家", "🇮🇳", "❤️"};
    private static final String GAPS = " \t";

    private final Random random;

    public CommandLines(long seed) {
        this.random = new Random(seed);
    }

    public Line next() {
        int count = random.nextInt(5);
        StringBuilder text = new StringBuilder(gap(0));
        List<String> values = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(gap(1));
            }
            String value = value();
            String form = write(value);
            starts.add(text.length());
            text.append(form);
            values.add(value);
            written.add(form);
        }
        text.append(gap(0));
        return new Line(text.toString(), values, written, starts);
    }

    /** A word's value; never starting with {@code -}, which would make it an option. */
    public String value() {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            value.append(value.isEmpty() && piece.equals("-") ? "a" : piece);
        }
        return value.toString();
    }

    /** {@code value} as a shell word, quoted one of several ways, or several ways in turn. */
    public String write(String value) {
        if (value.isEmpty()) {
            return random.nextBoolean() ? "''" : "\"\"";
        }
        if (random.nextInt(4) > 0) {
            return writeAs(value, random.nextInt(3));
        }
        StringBuilder mixed = new StringBuilder();
        int at = 0;
        while (at < value.length()) {
            int end = value.offsetByCodePoints(at, 1 + random.nextInt(value.codePointCount(at, value.length())));
            mixed.append(writeAs(value.substring(at, end), random.nextInt(3)));
            at = end;
        }
        return mixed.toString();
    }

    private static String writeAs(String value, int style) {
        StringBuilder out = new StringBuilder();
        switch (style) {
            case 0 -> value.codePoints().forEach(c -> {
                if (c == ' ' || c == '\t' || c == '\'' || c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            });
            case 1 -> out.append('\'').append(value.replace("'", "'\\''")).append('\'');
            default -> {
                out.append('"');
                value.codePoints().forEach(c -> {
                    if ("\"\\$`".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.appendCodePoint(c);
                });
                out.append('"');
            }
        }
        return out.toString();
    }

    private String gap(int least) {
        StringBuilder gap = new StringBuilder();
        int length = least + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            gap.append(GAPS.charAt(random.nextInt(GAPS.length())));
        }
        return gap.toString();
    }
}
