package com.vayyari.wadb.generate;

/**
 * What the chats rows and the tracking rows need to know about the messages before those are written: each
 * chat's last message time (its {@code updated_at}) and a resume point, how many media rows will follow, how
 * far the plan must move to end just before the end time, and which message is {@link Showcase}'s.
 */
final class ChatStats {

    /** Resume points fall in the first 90 % of the stream: the rest is the backlog still to process. */
    private static final double PROCESSED_SHARE = 0.9;
    /** Recent text messages of the showcase group kept while scanning, to pick the showcase message from. */
    private static final int RECENT = 1024;

    private final long[] lastTimestamp;
    private final long[] resumeNumber;
    private final long[] resumeTimestamp;
    private final long[] recentNumber = new long[RECENT];
    private final long[] recentTimestamp = new long[RECENT];
    private int recentSeen;
    private long mediaMessages;
    private long newest = Long.MIN_VALUE;
    private long shift;
    private long showcaseNumber = -1;

    private ChatStats(int chats) {
        lastTimestamp = new long[chats];
        resumeNumber = new long[chats];
        resumeTimestamp = new long[chats];
        java.util.Arrays.fill(lastTimestamp, Long.MIN_VALUE);
        java.util.Arrays.fill(resumeNumber, -1);
    }

    /**
     * Runs {@code plan} (started at {@link Timeline#provisionalStart}) to its end; the times it reports are then
     * moved by {@link #shift()}, so the last message falls in the day before {@code end}.
     */
    static ChatStats scan(MessagePlan plan, int chats, long total, long end, boolean showcase) {
        ChatStats stats = new ChatStats(chats);
        long processed = (long) (total * PROCESSED_SHARE);
        while (plan.next()) {
            int chat = plan.chatIndex();
            stats.lastTimestamp[chat] = plan.timestamp();
            stats.newest = plan.timestamp();
            if (plan.number() < processed) {
                stats.resumeNumber[chat] = plan.number();
                stats.resumeTimestamp[chat] = plan.timestamp();
            }
            if (plan.media() != null) {
                stats.mediaMessages++;
            } else if (showcase && chat == Showcase.GROUP_INDEX) {
                stats.recentNumber[stats.recentSeen % RECENT] = plan.number();
                stats.recentTimestamp[stats.recentSeen % RECENT] = plan.timestamp();
                stats.recentSeen++;
            }
        }
        if (stats.newest != Long.MIN_VALUE) {
            stats.shift = Timeline.shift(end, stats.newest);
            stats.showcaseNumber = stats.pickShowcase();
        }
        return stats;
    }

    /** The group's newest text message at least {@link Showcase#MESSAGE_AGE} older than the last message, else its oldest kept one. */
    private long pickShowcase() {
        if (recentSeen == 0) {
            return -1;
        }
        int kept = Math.min(recentSeen, RECENT);
        int oldest = recentSeen - kept;
        for (int i = recentSeen - 1; i >= oldest; i--) {
            if (recentTimestamp[i % RECENT] <= newest - Showcase.MESSAGE_AGE) {
                return recentNumber[i % RECENT];
            }
        }
        return recentNumber[oldest % RECENT];
    }

    /** Seconds (whole days) to add to the times of a plan run from the provisional start. */
    long shift() {
        return shift;
    }

    /** Number of the {@link Showcase} message, or -1 when this run has none. */
    long showcaseNumber() {
        return showcaseNumber;
    }

    /** Unix seconds of the chat's last message, or {@code otherwise} when it has none. */
    long lastTimestamp(int chat, long otherwise) {
        return lastTimestamp[chat] == Long.MIN_VALUE ? otherwise : lastTimestamp[chat] + shift;
    }

    /** Number of the last processed message of the chat, or -1 when none is. */
    long resumeNumber(int chat) {
        return resumeNumber[chat];
    }

    long resumeTimestamp(int chat) {
        return resumeTimestamp[chat] + shift;
    }

    long mediaMessages() {
        return mediaMessages;
    }
}
