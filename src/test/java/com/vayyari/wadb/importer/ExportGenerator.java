package com.vayyari.wadb.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes a synthetic Android export of a given number of lines, for measuring the importer against psql
 * ({@code bench/}); not a test. Usage: {@code ExportGenerator FILE LINES [SEED]}.
 */
public final class ExportGenerator {

    private static final String[] SENDERS = {"Ravi", "+91 98765 43210", "محمد", "李雷", "రవి కుమార్", "Alice", "Bob",
        "+1 (555) 123-4567"};
    private static final String[] WORDS = {"hello", "ok", "see", "you", "tomorrow", "🙏", "😀", "meeting", "at", "the",
        "office", "శుభోదయం", "صباح", "早上好", "thanks", "lunch", "call", "me", "later", "👍"};

    private static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 0, 0);

    private ExportGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    }

    /** Writes about {@code lines} lines; returns the number of messages. */
    public static long write(Path file, long lines, long seed) throws IOException {
        Random random = new Random(seed);
        long minute = 0;
        long written = 0;
        long messages = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("01/01/2020, 00:00 - Messages and calls are end-to-end encrypted. Tap to learn more.\n");
            written++;
            while (written < lines) {
                minute += random.nextInt(3);
                LocalDateTime time = START.plusMinutes(minute);
                String stamp = two(time.getDayOfMonth()) + "/" + two(time.getMonthValue()) + "/" + time.getYear() + ", "
                        + two(time.getHour()) + ":" + two(time.getMinute()) + " - ";
                out.write(stamp);
                out.write(SENDERS[random.nextInt(SENDERS.length)]);
                out.write(": ");
                if (random.nextInt(20) == 0) {
                    out.write("IMG-2020-WA" + messages + ".jpg (file attached)");
                } else {
                    sentence(out, random);
                }
                out.write('\n');
                written++;
                while (random.nextInt(8) == 0 && written < lines) {
                    sentence(out, random);
                    out.write('\n');
                    written++;
                }
                messages++;
            }
        }
        return messages;
    }

    private static void sentence(BufferedWriter out, Random random) throws IOException {
        int words = 3 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.write(' ');
            }
            out.write(WORDS[random.nextInt(WORDS.length)]);
        }
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
