package com.vayyari.wadb.importer;

/**
 * The text WhatsApp writes in place of an attachment, in any language of {@code whatsapp-lines.tsv}:
 * {@code <Media omitted>} and {@code IMG-20201231-WA0001.jpg (file attached)} (Android),
 * {@code <attached: 00000012-PHOTO-….jpg>}, {@code image omitted} and {@code Report.pdf • 3 pages document omitted}
 * (iOS). What follows the placeholder is the caption, kept apart from it.
 */
final class MediaPlaceholders {

    /** {@code messages.media_type} of {@code <Media omitted>}, which does not say what the media was. */
    static final String UNKNOWN = "unknown";

    /**
     * A recognised attachment: kind, file name when the export names one, whether the file came with the export,
     * and the caption (or null).
     */
    record Media(String mediaType, String fileName, boolean attached, String caption) {
    }

    private MediaPlaceholders() {
    }

    /**
     * The attachment a message's text stands for, or {@code null} for plain text.
     *
     * @param rawFirstLine   the first line with its marks (iOS marks its placeholder words)
     * @param cleanFirstLine the first line without marks
     * @param moreLines      the lines after the first (null when there are none)
     */
    static Media classify(String rawFirstLine, String cleanFirstLine, String moreLines) {
        WhatsAppLines.Placeholder found = WhatsAppLines.TABLE.placeholder(rawFirstLine, cleanFirstLine);
        if (found == null) {
            return null;
        }
        return new Media(found.mediaType(), found.fileName(), found.attached(), caption(found.caption(), moreLines));
    }

    private static String caption(String sameLine, String moreLines) {
        if (sameLine == null) {
            return moreLines;
        }
        return moreLines == null ? sameLine : sameLine + "\n" + moreLines;
    }
}
