package com.vayyari.wadb.importer;

import java.util.Locale;

/**
 * What a line of {@code whatsapp-lines.tsv} stands for: one of WhatsApp's own lines (stored with
 * {@code messages.metadata.kind}), or an attachment placeholder (stored as {@code messages.media_type}).
 */
enum WhatsAppLineKind {
    SYSTEM(null),
    DELETED(null),
    CALL(null),
    PHOTO(MediaTypes.PHOTO),
    VIDEO(MediaTypes.VIDEO),
    AUDIO(MediaTypes.AUDIO),
    DOCUMENT(MediaTypes.DOCUMENT),
    STICKER(MediaTypes.PHOTO),
    GIF(MediaTypes.VIDEO),
    CONTACT(MediaTypes.DOCUMENT),
    /** {@code <Media omitted>} and {@code (file attached)}: the type comes from the file name, if any. */
    MEDIA(MediaPlaceholders.UNKNOWN);

    private final String mediaType;

    WhatsAppLineKind(String mediaType) {
        this.mediaType = mediaType;
    }

    boolean isMedia() {
        return mediaType != null;
    }

    /** {@code messages.media_type} for a placeholder of this kind naming no file. */
    String mediaType() {
        return mediaType;
    }

    /** The value of {@code messages.metadata.kind}: system, deleted or call. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static WhatsAppLineKind of(String label) {
        for (WhatsAppLineKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind \"" + label + "\"");
    }
}
