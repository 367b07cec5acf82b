package com.vayyari.wadb.command;

/** Shell-style globs as LIKE patterns (with {@code ESCAPE '\'}), so % and _ typed by a user match themselves. */
final class Globs {

    private Globs() {
    }

    /** {@code *} any text, {@code ?} one character, the rest literal; without either, a match anywhere. */
    static String toLike(String glob) {
        StringBuilder like = new StringBuilder(glob.length() + 2);
        boolean wild = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    like.append('%');
                    wild = true;
                }
                case '?' -> {
                    like.append('_');
                    wild = true;
                }
                case '%', '_', '\\' -> like.append('\\').append(c);
                default -> like.append(c);
            }
        }
        return wild ? like.toString() : "%" + like + "%";
    }
}
