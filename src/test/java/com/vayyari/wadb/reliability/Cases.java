package com.vayyari.wadb.reliability;

import java.util.Random;

/** Makes fuzz cases from a seeded {@link Random}: digits, random text, and hostile edits of a valid value. */
final class Cases {

    private static final int SHOWN = 120;

    private Cases() {
    }

    static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** Any code points, lone surrogates and controls included. */
    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 7) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 9) {
                text.append((char) random.nextInt(0x10000));
            } else {
                text.appendCodePoint(0x10000 + random.nextInt(0x100000));
            }
        }
        return text.toString();
    }

    /**
     * {@code value} with up to five hostile edits: a character of {@code alphabet} inserted or put in place of
     * one, a character dropped, the value cut, repeated (up to 20,000 characters) or wrapped in white space.
     */
    static String mutate(Random random, String value, String[] alphabet) {
        StringBuilder text = new StringBuilder(value);
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            String piece = alphabet[random.nextInt(alphabet.length)];
            switch (random.nextInt(7)) {
                case 0, 1 -> text.insert(at, piece);
                case 2 -> {
                    if (text.length() > 0) {
                        text.replace(at, at + 1, piece);
                    }
                }
                case 3 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                case 4 -> text.setLength(at);
                case 5 -> {
                    String copy = text.toString();
                    for (int n = random.nextInt(2000); n > 0 && text.length() < 20_000; n--) {
                        text.append(copy.isEmpty() ? piece : copy);
                    }
                }
                default -> text.insert(0, " \t".substring(random.nextInt(2))).append(piece.isBlank() ? piece : " ");
            }
        }
        return text.toString();
    }

    /** A case as it can be read in a failure message: escapes for controls, long ones cut. */
    static String show(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
            char c = text.charAt(i);
            shown.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > SHOWN ? shown + "… (" + text.length() + " characters)" : shown.toString();
    }
}
