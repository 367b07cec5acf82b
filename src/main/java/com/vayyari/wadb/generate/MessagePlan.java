package com.vayyari.wadb.generate;

import java.util.SplittableRandom;

/**
 * The skeleton of the message stream: for each message, its chat, time, sender and attachment, in time order.
 * It draws from its own random stream, so it can be replayed cheaply: once to size the chats and the resume
 * points, once under the message texts, once to write the media rows (media_files must follow messages for
 * its foreign key, and the messages are never all held in memory).
 */
final class MessagePlan {

    /** The data covers about a year before {@link GenerateOptions#end()}. */
    static final long SPAN_SECONDS = 365L * 86_400;
    private static final long IST_OFFSET = 19_800;
    private static final long NIGHT_START = 3_600;
    private static final long NIGHT_END = 6 * 3_600;
    /** Messages skip the night (01:00–06:00 IST); the gaps are shortened so the year is still filled. */
    private static final double AWAKE_SHARE = 19.0 / 24;
    private static final double FROM_ME_DIRECT = 0.35;
    private static final double FROM_ME_GROUP = 0.12;

    private final Roster roster;
    private final SplittableRandom rng;
    private final long total;
    private final double meanGap;

    private long number = -1;
    private double clock;
    private int chat;
    private int sender;
    private MediaKind media;
    private long mediaNumber = -1;

    /** {@code start}: unix seconds the first gap counts from; a whole number of days apart keeps the nights. */
    MessagePlan(Roster roster, long streamSeed, long total, long start) {
        this.roster = roster;
        this.clock = start;
        this.rng = new SplittableRandom(streamSeed);
        this.total = total;
        this.meanGap = SPAN_SECONDS * AWAKE_SHARE / Math.max(total, 1);
    }

    boolean next() {
        if (number + 1 >= total) {
            return false;
        }
        number++;
        clock = skipNight(clock - StrictMath.log(1.0 - rng.nextDouble()) * meanGap);
        chat = roster.pick(rng.nextDouble());
        Chat c = roster.chat(chat);
        if (rng.nextDouble() < (c.group() ? FROM_ME_GROUP : FROM_ME_DIRECT)) {
            sender = -1;
        } else if (c.group()) {
            double u = rng.nextDouble();
            sender = (int) (c.members().size() * u * u);
        } else {
            sender = 0;
        }
        media = MediaKind.pick(rng.nextDouble());
        if (media != null) {
            mediaNumber++;
        }
        return true;
    }

    private static double skipNight(double t) {
        long secondOfDay = Math.floorMod((long) t + IST_OFFSET, 86_400L);
        return secondOfDay >= NIGHT_START && secondOfDay < NIGHT_END ? t + (NIGHT_END - secondOfDay) : t;
    }

    /** 0, 1, 2, … in time order. */
    long number() {
        return number;
    }

    int chatIndex() {
        return chat;
    }

    Chat chat() {
        return roster.chat(chat);
    }

    /** Unix seconds. */
    long timestamp() {
        return (long) clock;
    }

    boolean fromMe() {
        return sender < 0;
    }

    /** Who sent it: the owner, the contact of a direct chat, or a group member (chattier ones more often). */
    Person sender() {
        return sender < 0 ? roster.owner() : roster.chat(chat).members().get(sender);
    }

    /** The attachment, or null for a text message. */
    MediaKind media() {
        return media;
    }

    /** 0, 1, 2, … over the media messages only. */
    long mediaNumber() {
        return mediaNumber;
    }
}
