package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.fail;

/** Equality of two outputs, reported as the first differing line rather than two megabyte-long strings. */
final class SameText {

    private SameText() {
    }

    static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int line = 0; line < Math.max(want.length, got.length); line++) {
            String w = line < want.length ? want[line] : "<none>";
            String g = line < got.length ? got[line] : "<none>";
            if (!w.equals(g)) {
                int column = 0;
                while (column < Math.min(w.length(), g.length()) && w.charAt(column) == g.charAt(column)) {
                    column++;
                }
                fail("line " + (line + 1) + " differs at column " + (column + 1) + "\nexpected: "
                        + excerpt(w, column) + "\nactual:   " + excerpt(g, column));
            }
        }
        fail("outputs differ");
    }

    private static String excerpt(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 60);
        StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
        line.substring(from, to).codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                shown.append(String.format("<%02X>", cp));
            } else {
                shown.appendCodePoint(cp);
            }
        });
        return shown.append(to < line.length() ? "…" : "").append("  (").append(line.length()).append(" chars)").toString();
    }
}
