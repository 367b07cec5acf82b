package com.vayyari.wadb.phonedb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;

/**
 * For {@code bench/import msgstore}; not a test, asserts nothing.
 * {@code generate FILE N}: a modern msgstore.db (2025-03 definitions) with N messages in 200 chats — 10 groups,
 * 5 % photos with a file, 10 % replies, 2 % with a reaction, 1 % system events.
 * {@code read FILE}: reads and shapes every message, sending nothing: the reading side's share of an import.
 * {@code import JDBC_URL FILE}: imports it and prints the report and the time.
 */
public final class PhoneDbBenchmark {

    private static final int CHATS = 200;
    private static final int GROUPS = 10;
    private static final String[] WORDS = {"ok", "see", "you", "tomorrow", "at", "the", "station", "thanks", "for",
        "dinner", "who", "is", "coming", "tonight", "happy", "birthday", "call", "me", "when", "free", "ja", "gerne"};

    private PhoneDbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args[0].equals("read")) {
            read(Path.of(args[1]));
        } else {
            try (Connection c = DriverManager.getConnection(args[1])) {
                long start = System.nanoTime();
                PhoneImportReport report = new PhoneDbImporter(c).importFile(Path.of(args[2]),
                        new PhoneImportOptions(null, null, null, null, null, false));
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println(report.summary());
                System.out.println("import_ms=" + millis + " rows_per_s=" + report.inserted() * 1000 / Math.max(1, millis));
            }
        }
    }

    /** The reading side alone: every message read and shaped, its metadata written out as JSON, nothing sent. */
    private static void read(Path file) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[2];
        try (SqliteSource source = SqliteSource.open(file)) {
            new ModernMessages(source).forEach(m -> {
                counts[0]++;
                counts[1] += m.metadata().length();
            });
        }
        System.out.println("read " + counts[0] + " messages (" + counts[1] + " chars of metadata) in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static void generate(Path file, int messages) throws Exception {
        Files.deleteIfExists(file);
        Random random = new Random(20);
        try (Connection c = PhoneDbSchemas.MODERN_2025_03.create(file)) {
            try (PreparedStatement jid = c.prepareStatement("INSERT INTO jid (_id, user, server, type, raw_string) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement chat = c.prepareStatement("INSERT INTO chat (_id, jid_row_id, subject) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= CHATS; i++) {
                    boolean group = i <= GROUPS;
                    String user = group ? "1203630000000" + (10000 + i) : "49151" + (1000000 + i);
                    String server = group ? "g.us" : "s.whatsapp.net";
                    jid.setInt(1, i);
                    jid.setString(2, user);
                    jid.setString(3, server);
                    jid.setInt(4, group ? 1 : 0);
                    jid.setString(5, user + "@" + server);
                    jid.executeUpdate();
                    chat.setInt(1, i);
                    chat.setInt(2, i);
                    chat.setString(3, group ? "Group " + i : null);
                    chat.executeUpdate();
                }
            }
            try (PreparedStatement message = c.prepareStatement("INSERT INTO message (_id, chat_row_id, from_me, key_id, "
                    + "sender_jid_row_id, status, timestamp, message_type, text_data) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)");
                    PreparedStatement media = c.prepareStatement("INSERT INTO message_media (message_row_id, chat_row_id, "
                            + "file_path, file_size, mime_type) VALUES (?, ?, ?, ?, 'image/jpeg')");
                    PreparedStatement quoted = c.prepareStatement("INSERT INTO message_quoted (message_row_id, chat_row_id, "
                            + "parent_message_chat_row_id, from_me, key_id) VALUES (?, ?, ?, 0, ?)");
                    PreparedStatement system = c.prepareStatement("INSERT INTO message_system (message_row_id, action_type) VALUES (?, 1)");
                    PreparedStatement addOn = c.prepareStatement("INSERT INTO message_add_on (_id, chat_row_id, from_me, key_id, "
                            + "sender_jid_row_id, parent_message_row_id, timestamp, status, message_add_on_type) VALUES (?, ?, 0, ?, ?, ?, ?, 0, 56)");
                    PreparedStatement reaction = c.prepareStatement("INSERT INTO message_add_on_reaction (message_add_on_row_id, reaction) VALUES (?, '\uD83D\uDC4D')")) {
                long time = 1_600_000_000_000L;
                for (int id = 1; id <= messages; id++) {
                    int chatRow = 1 + random.nextInt(CHATS);
                    boolean fromMe = random.nextInt(3) == 0;
                    int roll = random.nextInt(100);
                    int type = roll < 5 ? MessageKinds.IMAGE : roll == 5 ? MessageKinds.SYSTEM : MessageKinds.TEXT;
                    time += 1 + random.nextInt(60_000);
                    message.setInt(1, id);
                    message.setInt(2, chatRow);
                    message.setInt(3, fromMe ? 1 : 0);
                    message.setString(4, String.format("3EB0%016X", id * 2654435761L));
                    message.setObject(5, chatRow <= GROUPS && !fromMe ? GROUPS + 1 + random.nextInt(CHATS - GROUPS) : null);
                    message.setLong(6, time);
                    message.setInt(7, type);
                    message.setString(8, type == MessageKinds.SYSTEM ? null : sentence(random));
                    message.addBatch();
                    if (type == MessageKinds.IMAGE) {
                        media.setInt(1, id);
                        media.setInt(2, chatRow);
                        media.setString(3, "Media/WhatsApp Images/IMG-" + id + ".jpg");
                        media.setInt(4, 20_000 + random.nextInt(2_000_000));
                        media.addBatch();
                    } else if (type == MessageKinds.SYSTEM) {
                        system.setInt(1, id);
                        system.addBatch();
                    }
                    if (id > 1 && random.nextInt(10) == 0) {
                        quoted.setInt(1, id);
                        quoted.setInt(2, chatRow);
                        quoted.setInt(3, chatRow);
                        quoted.setString(4, String.format("3EB0%016X", (id - 1) * 2654435761L));
                        quoted.addBatch();
                    }
                    if (random.nextInt(50) == 0) {
                        addOn.setInt(1, id);
                        addOn.setInt(2, chatRow);
                        addOn.setString(3, "R" + id);
                        addOn.setInt(4, GROUPS + 1 + random.nextInt(CHATS - GROUPS));
                        addOn.setInt(5, id);
                        addOn.setLong(6, time + 1000);
                        addOn.addBatch();
                        reaction.setInt(1, id);
                        reaction.addBatch();
                    }
                    if (id % 10_000 == 0) {
                        for (PreparedStatement ps : new PreparedStatement[] {message, media, quoted, system, addOn, reaction}) {
                            ps.executeBatch();
                        }
                    }
                }
                for (PreparedStatement ps : new PreparedStatement[] {message, media, quoted, system, addOn, reaction}) {
                    ps.executeBatch();
                }
            }
            c.commit();
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 2 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
