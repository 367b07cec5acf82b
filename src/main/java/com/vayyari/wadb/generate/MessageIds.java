package com.vayyari.wadb.generate;

/**
 * Message ids that look like WhatsApp Web's ({@code 3EB0} and 16 hex digits). For one seed the id is a
 * bijection of the message number, so ids never repeat; other seeds give other ids. One message of a run may
 * carry a given shorter id instead ({@link Showcase#MESSAGE_ID}), which no computed id can equal.
 */
final class MessageIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final long pinnedNumber;
    private final String pinnedId;

    /** The ids of one run: message {@code pinnedNumber} (none when negative) is {@code pinnedId}. */
    MessageIds(long seed, long pinnedNumber, String pinnedId) {
        this.seed = seed;
        this.pinnedNumber = pinnedNumber;
        this.pinnedId = pinnedId;
    }

    String of(long number) {
        return number == pinnedNumber ? pinnedId : of(seed, number);
    }

    static String of(long seed, long number) {
        long h = mix(mix(seed) + number * GOLDEN);
        char[] id = new char[20];
        id[0] = '3';
        id[1] = 'E';
        id[2] = 'B';
        id[3] = '0';
        for (int i = 19; i >= 4; i--) {
            id[i] = HEX[(int) (h & 0xF)];
            h >>>= 4;
        }
        return new String(id);
    }

    /** SplitMix64's finaliser: a bijection on 64 bits that spreads every input bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
