package com.vayyari.wadb.phonedb;

/**
 * One message row as read, before it is shaped into a {@link PhoneMessage}: the columns every generation has
 * something for. Filled by the readers; a field a generation lacks stays null.
 */
final class RawMessage {
    long rowId;
    String keyId;
    String chatJid;
    String senderJid;
    boolean fromMe;
    long timestampMillis;
    int type;
    String text;
    String caption;
    /** Legacy system rows: {@code status = 6}. */
    boolean systemStatus;
    /** Modern: the {@code message_system.action_type}, legacy: the action code in {@code media_size}. */
    Integer systemAction;
    boolean revoked;
    String quotedKeyId;
    String mimeType;
    Long size;
    String fileName;
    String path;
    Double latitude;
    Double longitude;
    Boolean videoCall;
    Long callDuration;
    Integer callResult;
}
