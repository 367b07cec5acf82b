package com.vayyari.wadb.db;

/** Keeps passwords out of anything printed. */
public final class Secrets {

    private Secrets() {
    }

    /** {@code text} with every occurrence of {@code secret} masked. */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***");
    }
}
