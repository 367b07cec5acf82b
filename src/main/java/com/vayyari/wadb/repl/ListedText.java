package com.vayyari.wadb.repl;

/**
 * A candidate as the completion list shows it. JLine 3 counts a ZWJ sequence's width code point by code point
 * ({@code 🧘‍♀️} as 3 columns, {@code 👨‍👩‍👧} as 6) where a terminal that joins them draws one 2-column glyph; a
 * list row holding one left JLine's idea of the cursor a column off, and the next keys landed in the wrong place
 * on the input line. The list shows each such sequence as its first emoji (width 2 for both), without the
 * joined parts; what Tab inserts is the name itself. (A skin tone or a variation selector alone is zero width
 * to JLine as to the terminal, and stays.)
 */
final class ListedText {

    private static final int ZWJ = 0x200D;
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;

    private ListedText() {
    }

    static String of(String text) {
        if (text == null || text.codePoints().noneMatch(c -> c == ZWJ)) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == ZWJ) {
                // Drop the joined emoji too, with its own selector or skin tone.
                i++;
                while (i + 1 < codePoints.length && (codePoints[i + 1] == VARIATION_SELECTOR_16
                        || skinTone(codePoints[i + 1]))) {
                    i++;
                }
            } else {
                shown.appendCodePoint(c);
            }
        }
        return shown.toString();
    }

    private static boolean skinTone(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF;
    }
}
