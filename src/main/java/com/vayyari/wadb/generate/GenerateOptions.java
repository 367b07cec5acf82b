package com.vayyari.wadb.generate;

/**
 * What {@link DemoDataGenerator} makes: how many chats and messages, the seed that makes it repeatable, and
 * when the data ends. The same four values always give the same rows, byte for byte.
 *
 * @param chats         chats to create, direct and group (1 to {@value #MAX_CHATS})
 * @param messages      messages to create, spread over the chats (0 to {@value #MAX_MESSAGES})
 * @param seed          any number; data of different seeds can live side by side in one database
 * @param progressEvery how many rows between two progress reports (at least 1)
 * @param end           unix seconds: the messages cover about a year before this, the last in the day before it
 */
public record GenerateOptions(int chats, long messages, long seed, int progressEvery, long end) {

    public static final int DEFAULT_CHATS = 50;
    public static final long DEFAULT_MESSAGES = 10_000;
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_PROGRESS_EVERY = 10_000;
    /**
     * 2025-01-01T00:00:00Z, for callers that want one fixed timeline (tests); {@code wadb generate} ends its
     * data at the time of the run instead. The generator itself never reads the clock.
     */
    public static final long DEFAULT_END = 1_735_689_600L;
    /** Bounded so the per-chat state (people, recent messages for replies) stays a few megabytes. */
    public static final int MAX_CHATS = 100_000;
    public static final long MAX_MESSAGES = Integer.MAX_VALUE;
    /** The data starts a year and up to 700 days of chat history before the end: keep that after 1970. */
    private static final long MIN_END = 3 * 366 * 86_400L;

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
        if (end < MIN_END) {
            throw new IllegalArgumentException("the end must be in 1973 or later");
        }
    }

    /** 50 chats, 10,000 messages, seed 42, ending at {@link #DEFAULT_END}. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(DEFAULT_CHATS, DEFAULT_MESSAGES, DEFAULT_SEED, DEFAULT_PROGRESS_EVERY, DEFAULT_END);
    }

    public GenerateOptions withChats(int value) {
        return new GenerateOptions(value, messages, seed, progressEvery, end);
    }

    public GenerateOptions withMessages(long value) {
        return new GenerateOptions(chats, value, seed, progressEvery, end);
    }

    public GenerateOptions withSeed(long value) {
        return new GenerateOptions(chats, messages, value, progressEvery, end);
    }

    public GenerateOptions withProgressEvery(int value) {
        return new GenerateOptions(chats, messages, seed, value, end);
    }

    public GenerateOptions withEnd(long value) {
        return new GenerateOptions(chats, messages, seed, progressEvery, value);
    }
}
