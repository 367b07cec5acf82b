package com.vayyari.wadb.generate;

/**
 * The chats and message README's examples name, so they run as written on the README's demo data (seed 42,
 * the default; issue 17): a direct chat with {@value #CONTACT_DIGITS}, the busiest chat a group named exactly
 * {@value #GROUP_NAME} (excluded, for {@code include Family}), and in it message {@value #MESSAGE_ID}, a
 * "{@value #MESSAGE_TEXT}" two days before the data ends. Other seeds have none of them, so their data can
 * still live beside seed 42's.
 */
final class Showcase {

    static final long SEED = GenerateOptions.DEFAULT_SEED;
    static final int CONTACT_INDEX = 0;
    static final String CONTACT_DIGITS = "919876543210";
    /** Roster makes chat 1 a group in every run. */
    static final int GROUP_INDEX = 1;
    static final String GROUP_NAME = "Family";
    static final String EXCLUDE_REASON = "Personal chat, not for archiving";
    static final String MESSAGE_ID = "3EB0C767D2F1A4B8";
    static final String MESSAGE_TEXT = "See you tomorrow";
    static final long MESSAGE_AGE = 2 * Timeline.DAY;

    private Showcase() {
    }

    static boolean in(long seed) {
        return seed == SEED;
    }
}
