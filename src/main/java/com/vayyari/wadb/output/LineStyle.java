package com.vayyari.wadb.output;

/**
 * The characters the aligned writer draws with (psql's printTextFormat): one {@link Rule} for each kind of line,
 * the column dividers used beside a continued value, and the marks for values that go on (newline) or wrap. The
 * three styles are psql's {@code \pset linestyle} ascii, old-ascii and unicode; unicode's single or double strokes
 * come from {@code unicode_border_linestyle}, {@code unicode_column_linestyle} and {@code unicode_header_linestyle}.
 *
 * @param wrapRightBorder whether the right-hand marks get their own column at border 0 (false for old-ascii,
 *                        whose marks stand in the divider column on the left instead)
 */
public record LineStyle(String name, Rule top, Rule middle, Rule bottom, Rule data, String dividerNewline,
                        String dividerWrap, String dividerBlank, String headerNewlineLeft, String headerNewlineRight,
                        String newlineLeft, String newlineRight, String wrapLeft, String wrapRight,
                        boolean wrapRightBorder) {

    /** One line of the box: the stroke along it and the characters where it meets the left, inner and right edges. */
    public record Rule(String horizontal, String left, String divider, String right) {
    }

    /** psql's {@code \pset linestyle} values. */
    public enum Kind {
        ASCII("ascii"), OLD_ASCII("old-ascii"), UNICODE("unicode");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Rule ASCII_RULE = new Rule("-", "+", "+", "+");
    private static final Rule ASCII_DATA = new Rule("", "|", "|", "|");

    static final LineStyle ASCII = new LineStyle("ascii", ASCII_RULE, ASCII_RULE, ASCII_RULE, ASCII_DATA,
            "|", "|", "|", " ", "+", " ", "+", ".", ".", true);

    /** psql before 8.5: {@code :} and {@code ;} in the divider mark continued lines, nothing at the right. */
    static final LineStyle OLD_ASCII = new LineStyle("old-ascii", ASCII_RULE, ASCII_RULE, ASCII_RULE, ASCII_DATA,
            ":", ";", " ", "+", " ", " ", " ", " ", " ", false);

    /** The unicode box with each part drawn single or double. */
    static LineStyle unicode(boolean doubleBorder, boolean doubleColumns, boolean doubleHeader) {
        // Box Drawings code points: light and double strokes, and the joins of one with the other.
        String borderH = doubleBorder ? "\u2550" : "\u2500";
        String borderV = doubleBorder ? "\u2551" : "\u2502";
        String headerH = doubleHeader ? "\u2550" : "\u2500";
        String columnV = doubleColumns ? "\u2551" : "\u2502";
        int b = doubleBorder ? 1 : 0;
        int h = doubleHeader ? 1 : 0;
        String[][] columnDown = {{"\u252c", "\u2564"}, {"\u2565", "\u2566"}};
        String[][] columnUp = {{"\u2534", "\u2567"}, {"\u2568", "\u2569"}};
        String[][] columnCross = {{"\u253c", "\u256a"}, {"\u256b", "\u256c"}};
        String[][] headerRight = {{"\u251c", "\u255f"}, {"\u255e", "\u2560"}};
        String[][] headerLeft = {{"\u2524", "\u2562"}, {"\u2561", "\u2563"}};
        int c = doubleColumns ? 1 : 0;
        Rule top = new Rule(borderH, doubleBorder ? "\u2554" : "\u250c", columnDown[c][b],
                doubleBorder ? "\u2557" : "\u2510");
        Rule middle = new Rule(headerH, headerRight[h][b], columnCross[c][h], headerLeft[h][b]);
        Rule bottom = new Rule(borderH, doubleBorder ? "\u255a" : "\u2514", columnUp[c][b],
                doubleBorder ? "\u255d" : "\u2518");
        Rule data = new Rule("", borderV, columnV, borderV);
        return new LineStyle("unicode", top, middle, bottom, data, columnV, columnV, columnV,
                " ", "\u21b5", " ", "\u21b5", "\u2026", "\u2026", true);
    }

    boolean oldAscii() {
        return this.name.equals("old-ascii");
    }
}
