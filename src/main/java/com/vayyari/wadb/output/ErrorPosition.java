package com.vayyari.wadb.output;

/**
 * The {@code LINE n: ...} line and the caret under it that psql prints for an error position, the way libpq lays
 * them out: the line holding the position, tabs shown as spaces, cut to about 60 screen columns with {@code ...}
 * where cut, the caret counted in screen columns (wide characters two, control and zero-width characters one).
 */
public final class ErrorPosition {

    private static final int DISPLAY_SIZE = 60;
    private static final int MIN_RIGHT_CUT = 10;

    private ErrorPosition() {
    }

    /**
     * The two lines, each ending in a newline, for the 1-based character {@code position} of {@code query}; empty
     * when the position is outside the query.
     */
    public static String display(String query, int position) {
        int loc = position - 1;
        int[] chars = query.codePoints().toArray();
        if (loc < 0 || loc > chars.length) {
            return "";
        }
        // screen[i]: the column where character i starts; one extra entry for the end of the line.
        int[] screen = new int[chars.length + 1];
        int column = 0;
        int lineNumber = 1;
        int begin = 0;
        int end = -1;
        int i;
        for (i = 0; i < chars.length; i++) {
            int c = chars[i];
            screen[i] = column;
            if (c == '\r' || c == '\n') {
                if (i < loc) {
                    // \r\n together count as one line break
                    if (c == '\r' || i == 0 || chars[i - 1] != '\r') {
                        lineNumber++;
                    }
                    begin = i + 1;
                } else {
                    end = i;
                    break;
                }
            }
            column += width(c);
        }
        if (end < 0) {
            end = chars.length;
            screen[end] = column;
        }
        boolean cutBegin = false;
        boolean cutEnd = false;
        if (screen[end] - screen[begin] > DISPLAY_SIZE) {
            if (screen[begin] + DISPLAY_SIZE >= screen[loc] + MIN_RIGHT_CUT) {
                while (screen[end] - screen[begin] > DISPLAY_SIZE) {
                    end--;
                }
                cutEnd = true;
            } else {
                while (screen[loc] + MIN_RIGHT_CUT < screen[end]) {
                    end--;
                    cutEnd = true;
                }
                while (screen[end] - screen[begin] > DISPLAY_SIZE) {
                    begin++;
                    cutBegin = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("LINE ").append(lineNumber).append(": ");
        if (cutBegin) {
            out.append("...");
        }
        int indent = out.length();
        for (int k = begin; k < end; k++) {
            out.appendCodePoint(chars[k] == '\t' ? ' ' : chars[k]);
        }
        if (cutEnd) {
            out.append("...");
        }
        out.append('\n');
        out.append(" ".repeat(indent + screen[loc] - screen[begin])).append("^\n");
        return out.toString();
    }

    private static int width(int codePoint) {
        if (codePoint == '\t') {
            return 1;
        }
        int w = DisplayWidth.of(codePoint);
        return w <= 0 ? 1 : w;
    }
}
