package com.vayyari.wadb.generate;

/**
 * What the chats rows and the tracking rows need to know about the messages before those are written: each
 * chat's last message time (its {@code updated_at}) and a resume point, and how many media rows will follow.
 */
final class ChatStats {

    /** Resume points fall in the first 90 % of the stream: the rest is the backlog still to process. */
    private static final double PROCESSED_SHARE = 0.9;

    private final long[] lastTimestamp;
    private final long[] resumeNumber;
    private final long[] resumeTimestamp;
    private long mediaMessages;

    private ChatStats(int chats) {
        lastTimestamp = new long[chats];
        resumeNumber = new long[chats];
        resumeTimestamp = new long[chats];
        java.util.Arrays.fill(lastTimestamp, Long.MIN_VALUE);
        java.util.Arrays.fill(resumeNumber, -1);
    }

    /** Runs {@code plan} to its end. */
    static ChatStats scan(MessagePlan plan, int chats, long total) {
        ChatStats stats = new ChatStats(chats);
        long processed = (long) (total * PROCESSED_SHARE);
        while (plan.next()) {
            int chat = plan.chatIndex();
            stats.lastTimestamp[chat] = plan.timestamp();
            if (plan.number() < processed) {
                stats.resumeNumber[chat] = plan.number();
                stats.resumeTimestamp[chat] = plan.timestamp();
            }
            if (plan.media() != null) {
                stats.mediaMessages++;
            }
        }
        return stats;
    }

    /** Unix seconds of the chat's last message, or {@code otherwise} when it has none. */
    long lastTimestamp(int chat, long otherwise) {
        return lastTimestamp[chat] == Long.MIN_VALUE ? otherwise : lastTimestamp[chat];
    }

    /** Number of the last processed message of the chat, or -1 when none is. */
    long resumeNumber(int chat) {
        return resumeNumber[chat];
    }

    long resumeTimestamp(int chat) {
        return resumeTimestamp[chat];
    }

    long mediaMessages() {
        return mediaMessages;
    }
}
