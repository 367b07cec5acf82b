package com.vayyari.wadb.phonedb;

import static com.vayyari.wadb.phonedb.PhoneDbFixture.ANNA;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.BEN;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.GROUP;
import static com.vayyari.wadb.phonedb.PhoneDbFixture.insert;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An iOS {@code ChatStorage.sqlite} with a small story. No real file's definitions are in {@code ../shared}, so the
 * tables are the Core Data tables with the columns public parsers read (KnugiHK/WhatsApp-Chat-Exporter
 * {@code ios_handler.py}; domingogallardo/SwiftWABackupAPI {@code Docs/WhatsAppDatabase/README.md}).
 */
final class IosFixture {

    static final String PHOTO_PATH = "Media/4915111111111@s.whatsapp.net/a/b/IMG_0001.jpg";
    /** The fixture's first message, in Apple's seconds since 2001-01-01: T0 of the Android fixture. */
    static final double DATE0 = PhoneDbFixture.T0 / 1000.0 - IosMessages.APPLE_EPOCH;

    private static final String[] TABLES = {
        "CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZARCHIVED INTEGER, "
            + "ZMESSAGECOUNTER INTEGER, ZSESSIONTYPE INTEGER, ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTJID VARCHAR, "
            + "ZPARTNERNAME VARCHAR)",
        "CREATE TABLE ZWAGROUPMEMBER (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCHATSESSION INTEGER, "
            + "ZCONTACTNAME VARCHAR, ZMEMBERJID VARCHAR)",
        "CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCHATSESSION INTEGER, "
            + "ZGROUPEVENTTYPE INTEGER, ZGROUPMEMBER INTEGER, ZISFROMME INTEGER, ZMEDIAITEM INTEGER, ZMESSAGETYPE INTEGER, "
            + "ZPARENTMESSAGE INTEGER, ZMESSAGEDATE TIMESTAMP, ZFROMJID VARCHAR, ZSTANZAID VARCHAR, ZTEXT VARCHAR, "
            + "ZTOJID VARCHAR)",
        "CREATE TABLE ZWAMEDIAITEM (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZFILESIZE INTEGER, "
            + "ZMESSAGE INTEGER, ZMOVIEDURATION INTEGER, ZLATITUDE FLOAT, ZLONGITUDE FLOAT, ZMEDIALOCALPATH VARCHAR, "
            + "ZTITLE VARCHAR, ZVCARDNAME VARCHAR, ZVCARDSTRING VARCHAR, ZMETADATA BLOB)",
        "CREATE TABLE ZWAMESSAGEINFO (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZMESSAGE INTEGER, "
            + "ZRECEIPTINFO BLOB)",
    };

    private static final String MESSAGE = "INSERT INTO ZWAMESSAGE (ZCHATSESSION, ZGROUPMEMBER, ZISFROMME, ZMESSAGETYPE, "
            + "ZPARENTMESSAGE, ZMESSAGEDATE, ZFROMJID, ZSTANZAID, ZTEXT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private IosFixture() {
    }

    static Path build(Path target) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            try (Statement st = c.createStatement()) {
                for (String table : TABLES) {
                    st.executeUpdate(table);
                }
            }
            long anna = insert(c, "INSERT INTO ZWACHATSESSION (ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME) VALUES (0, ?, 'Anna')", ANNA);
            long group = insert(c, "INSERT INTO ZWACHATSESSION (ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME) VALUES (1, ?, 'Family')", GROUP);
            long annaMember = insert(c, "INSERT INTO ZWAGROUPMEMBER (ZCHATSESSION, ZMEMBERJID) VALUES (?, ?)", group, ANNA);
            long benMember = insert(c, "INSERT INTO ZWAGROUPMEMBER (ZCHATSESSION, ZMEMBERJID) VALUES (?, ?)", group, BEN);

            long hallo = insert(c, MESSAGE, anna, null, 0, 0, null, DATE0, ANNA, "I1", "Hallo");
            long hi = insert(c, MESSAGE, anna, null, 1, 0, hallo, DATE0 + 60, null, "I2", "Hi Anna");
            long photo = insert(c, MESSAGE, anna, null, 0, 1, null, DATE0 + 120, ANNA, "I3", null);
            media(c, photo, PHOTO_PATH, 12345, "Beach");
            long video = insert(c, MESSAGE, anna, null, 1, 2, null, DATE0 + 180, null, "I4", null);
            media(c, video, null, 999, null);
            insert(c, MESSAGE, anna, null, 0, 14, null, DATE0 + 240, ANNA, "I5", null);
            insert(c, MESSAGE, group, annaMember, 0, 6, null, DATE0 + 300, GROUP, "I6", "Family");
            long who = insert(c, MESSAGE, group, benMember, 0, 0, null, DATE0 + 360, GROUP, "I7", "Wer kommt?");
            // Read receipts only (a reader's jid in a field of its own, no emoji): no reaction.
            receipts(c, hallo, Protobuf.message(Protobuf.bytes(1, Protobuf.message(Protobuf.text(1, ANNA),
                    Protobuf.number(2, 1_700_000_000L)))));
            receipts(c, hi, receiptsWithReactions(reaction(ANNA, "\uD83D\uDC4D")));
            receipts(c, who, receiptsWithReactions(reaction(ANNA, "\u2764\uFE0F"), reaction(BEN, "\uD83D\uDE02")));
            receipts(c, photo, new byte[] {(byte) 0xff, 0x01, 0x02});  // not protobuf at all
        }
        return target;
    }

    /** A receipt blob as public readers describe it: receipts first, then a list of (sender, emoji, time). */
    private static byte[] receiptsWithReactions(byte[]... reactions) {
        byte[][] fields = new byte[reactions.length][];
        for (int i = 0; i < reactions.length; i++) {
            fields[i] = Protobuf.bytes(1, reactions[i]);
        }
        return Protobuf.message(Protobuf.bytes(1, Protobuf.message(Protobuf.text(1, BEN), Protobuf.number(2, 1L))),
                Protobuf.bytes(5, Protobuf.message(fields)));
    }

    private static byte[] reaction(String jid, String emoji) {
        return Protobuf.message(Protobuf.text(2, jid), Protobuf.text(3, emoji), Protobuf.number(4, 1_700_000_100_000L));
    }

    private static void receipts(Connection c, long message, byte[] blob) throws SQLException {
        insert(c, "INSERT INTO ZWAMESSAGEINFO (ZMESSAGE, ZRECEIPTINFO) VALUES (?, ?)", message, blob);
    }

    private static void media(Connection c, long message, String path, long size, String title) throws SQLException {
        long item = insert(c, "INSERT INTO ZWAMEDIAITEM (ZMESSAGE, ZFILESIZE, ZMEDIALOCALPATH, ZTITLE) VALUES (?, ?, ?, ?)",
                message, size, path, title);
        insert(c, "UPDATE ZWAMESSAGE SET ZMEDIAITEM = ? WHERE Z_PK = ?", item, message);
    }
}
