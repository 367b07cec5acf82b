package com.vayyari.wadb.generate;

/**
 * What {@link DemoDataGenerator} makes: how many chats and messages, and the seed that makes it repeatable.
 * The same three values always give the same rows, byte for byte.
 *
 * @param chats         chats to create, direct and group (1 to {@value #MAX_CHATS})
 * @param messages      messages to create, spread over the chats (0 to {@value #MAX_MESSAGES})
 * @param seed          any number; data of different seeds can live side by side in one database
 * @param progressEvery how many rows between two progress reports (at least 1)
 */
public record GenerateOptions(int chats, long messages, long seed, int progressEvery) {

    public static final int DEFAULT_CHATS = 50;
    public static final long DEFAULT_MESSAGES = 10_000;
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;
    /** Bounded so the per-chat state (people, recent messages for replies) stays a few megabytes. */
    public static final int MAX_CHATS = 100_000;
    public static final long MAX_MESSAGES = Integer.MAX_VALUE;

    public GenerateOptions {
        if (chats < 1 || chats > MAX_CHATS) {
            throw new IllegalArgumentException("chats must be between 1 and " + MAX_CHATS + ", not " + chats);
        }
        if (messages < 0 || messages > MAX_MESSAGES) {
            throw new IllegalArgumentException("messages must be between 0 and " + MAX_MESSAGES + ", not " + messages);
        }
        if (progressEvery < 1) {
            throw new IllegalArgumentException("progressEvery must be at least 1, not " + progressEvery);
        }
    }

    /** 50 chats, 10,000 messages, seed 42. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(DEFAULT_CHATS, DEFAULT_MESSAGES, DEFAULT_SEED, DEFAULT_PROGRESS_EVERY);
    }

    public GenerateOptions withChats(int value) {
        return new GenerateOptions(value, messages, seed, progressEvery);
    }

    public GenerateOptions withMessages(long value) {
        return new GenerateOptions(chats, value, seed, progressEvery);
    }

    public GenerateOptions withSeed(long value) {
        return new GenerateOptions(chats, messages, value, progressEvery);
    }

    public GenerateOptions withProgressEvery(int value) {
        return new GenerateOptions(chats, messages, seed, value);
    }
}
