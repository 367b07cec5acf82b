package com.vayyari.wadb.generate;

/** The attachments a message can carry, with how often they occur (percent of all messages). */
enum MediaKind {
    PHOTO("photo", "jpg", "image/jpeg", "IMG", 6.0, 0.45),
    VIDEO("video", "mp4", "video/mp4", "VID", 2.0, 0.3),
    VOICE_NOTE("audio", "opus", "audio/ogg; codecs=opus", "PTT", 2.4, 0),
    AUDIO("audio", "mp3", "audio/mpeg", "AUD", 0.6, 0),
    PDF("document", "pdf", "application/pdf", "DOC", 0.6, 0.5),
    SPREADSHEET("document", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "DOC", 0.2, 0.5),
    WORD("document", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "DOC", 0.2, 0.5);

    static final String MINIO_PREFIX = "http://minio:9000/whatsapp-media/";
    static final String DEEPLENS_PREFIX = "http://minio:9000/deeplens/";
    private static final MediaKind[] ALL = values();
    /** Percent of messages with media; the rest are text. */
    static final double SHARE = java.util.Arrays.stream(ALL).mapToDouble(k -> k.percent).sum();

    /** The value of {@code media_type} in both tables. */
    final String type;
    final String extension;
    final String mimeType;
    /** How WhatsApp starts the file name: IMG-20240101-WA0001.jpg. */
    final String filePrefix;
    private final double percent;
    /** Share of these messages that have a caption as their content. */
    final double captionShare;

    MediaKind(String type, String extension, String mimeType, String filePrefix, double percent,
              double captionShare) {
        this.type = type;
        this.extension = extension;
        this.mimeType = mimeType;
        this.filePrefix = filePrefix;
        this.percent = percent;
        this.captionShare = captionShare;
    }

    /** The kind a uniform {@code u} in [0, 1) falls on, or null for a text message. */
    static MediaKind pick(double u) {
        double x = u * 100;
        for (MediaKind kind : ALL) {
            x -= kind.percent;
            if (x < 0) {
                return kind;
            }
        }
        return null;
    }

    /** Where the file is in MinIO: {@code <prefix><jid>/<message_id>.<ext>}. */
    String url(String prefix, String jid, String messageId) {
        return prefix + jid + '/' + messageId + '.' + extension;
    }
}
