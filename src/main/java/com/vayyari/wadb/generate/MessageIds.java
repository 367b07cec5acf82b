package com.vayyari.wadb.generate;

/**
 * Message ids that look like WhatsApp Web's ({@code 3EB0} and 16 hex digits). For one seed the id is a
 * bijection of the message number, so ids never repeat; other seeds give other ids.
 */
final class MessageIds {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private MessageIds() {
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
