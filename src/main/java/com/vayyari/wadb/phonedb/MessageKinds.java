package com.vayyari.wadb.phonedb;

/**
 * WhatsApp's message type numbers (legacy {@code media_wa_type}, modern {@code message_type}; the common kinds
 * share their numbers) to what wadb stores.
 */
final class MessageKinds {

    static final int TEXT = 0;
    static final int IMAGE = 1;
    static final int AUDIO = 2;
    static final int VIDEO = 3;
    static final int VCARD = 4;
    static final int LOCATION = 5;
    static final int SYSTEM = 7;
    static final int CALL = 8;
    static final int DOCUMENT = 9;
    static final int GIF = 13;
    static final int DELETED = 15;
    static final int LIVE_LOCATION = 16;
    static final int STICKER = 20;

    static final String KIND_SYSTEM = "system";
    static final String KIND_DELETED = "deleted";
    static final String KIND_CALL = "call";

    private MessageKinds() {
    }

    /** {@code messages.media_type} (and {@code media_files.media_type}) for a type, or null for none. */
    static String mediaType(int type) {
        return switch (type) {
            case IMAGE, STICKER -> "photo";
            case VIDEO, GIF -> "video";
            case AUDIO -> "audio";
            case DOCUMENT, VCARD -> "document";
            default -> null;
        };
    }

    /** The name WhatsApp's kind has in {@code metadata.media.kind} where photo/video/… says too little. */
    static String mediaKind(int type) {
        return switch (type) {
            case STICKER -> "sticker";
            case GIF -> "gif";
            case VCARD -> "contact";
            default -> null;
        };
    }

    static boolean isLocation(int type) {
        return type == LOCATION || type == LIVE_LOCATION;
    }
}
