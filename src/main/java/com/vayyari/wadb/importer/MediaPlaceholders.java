package com.vayyari.wadb.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text WhatsApp writes in place of an attachment: {@code <Media omitted>} and
 * {@code IMG-20201231-WA0001.jpg (file attached)} (Android), {@code <attached: 00000012-PHOTO-….jpg>} and
 * {@code image omitted} / {@code Report.pdf • 3 pages document omitted} (iOS). What follows the placeholder
 * is the caption.
 */
final class MediaPlaceholders {

    /** {@code messages.media_type} of {@code <Media omitted>}, which does not say what the media was. */
    static final String UNKNOWN = "unknown";

    /** A recognised attachment: kind, file name when the export names one, and the caption (or null). */
    record Media(String mediaType, String fileName, String caption) {
    }

    private static final Pattern MEDIA_OMITTED = Pattern.compile("^<Media omitted>\\s*(.*)$");
    private static final Pattern FILE_ATTACHED = Pattern.compile("^(.+?\\.[A-Za-z0-9]{1,8}) \\(file attached\\)\\s*(.*)$");
    private static final Pattern ATTACHED = Pattern.compile("^<attached: ([^>]+)>\\s*(.*)$");
    private static final Pattern OMITTED = Pattern.compile(
            "^(?:(.+?\\.[A-Za-z0-9]{1,8})(?: \u2022 .*)? )?(image|video|audio|sticker|GIF|document|Contact card) omitted$");

    private MediaPlaceholders() {
    }

    /**
     * The attachment a message's text stands for, or {@code null} for plain text.
     *
     * @param cleanFirstLine the first line without marks
     * @param moreLines      the lines after the first (null when there are none)
     */
    static Media classify(String cleanFirstLine, String moreLines) {
        char c = cleanFirstLine.isEmpty() ? 0 : cleanFirstLine.charAt(0);
        if (c == '<') {
            Matcher m = MEDIA_OMITTED.matcher(cleanFirstLine);
            if (m.matches()) {
                return new Media(UNKNOWN, null, caption(m.group(1), moreLines));
            }
            m = ATTACHED.matcher(cleanFirstLine);
            if (m.matches()) {
                return new Media(MediaTypes.mediaType(m.group(1)), m.group(1), caption(m.group(2), moreLines));
            }
            return null;
        }
        if (cleanFirstLine.contains(" (file attached)")) {
            Matcher m = FILE_ATTACHED.matcher(cleanFirstLine);
            if (m.matches()) {
                return new Media(MediaTypes.mediaType(m.group(1)), m.group(1), caption(m.group(2), moreLines));
            }
        }
        if (cleanFirstLine.endsWith(" omitted")) {
            Matcher m = OMITTED.matcher(cleanFirstLine);
            if (m.matches()) {
                return new Media(omittedType(m.group(2)), m.group(1), moreLines);
            }
        }
        return null;
    }

    private static String omittedType(String word) {
        switch (word) {
            case "image":
            case "sticker":
                return MediaTypes.PHOTO;
            case "video":
            case "GIF":
                return MediaTypes.VIDEO;
            case "audio":
                return MediaTypes.AUDIO;
            default:
                return MediaTypes.DOCUMENT;
        }
    }

    private static String caption(String sameLine, String moreLines) {
        if (sameLine.isEmpty()) {
            return moreLines;
        }
        return moreLines == null ? sameLine : sameLine + "\n" + moreLines;
    }
}
