package com.vayyari.wadb.importer;

/**
 * One message of a chat export, as read; no chat and no id yet (see {@link MessageIds}).
 *
 * @param lineNumber    line of the export where the message starts (1-based)
 * @param epochSecond   when it was sent, unix seconds
 * @param senderName    the sender as the export names them, invisible marks removed
 * @param senderJid     {@code <digits>@s.whatsapp.net} when the name is a phone number, else null
 * @param fromMe        whether the sender is the name given as "me"
 * @param text          the text with its line breaks; for media the caption, null when there is none
 * @param mediaType     photo, video, audio, document, {@code unknown} for {@code <Media omitted>}, or null
 * @param mediaFileName the attachment's file name when the export names it (for iOS "document omitted": the
 *                      document's title), else null
 * @param mediaAttached whether the export says the file came with it ({@code (file attached)},
 *                      {@code <attached: …>}), not that it was left out ({@code omitted})
 * @param edited        whether WhatsApp marked it {@code <This message was edited>} (the mark is not in text)
 * @param kind          null for a person's message; for WhatsApp's own lines {@code system} (notices, no sender),
 *                      {@code deleted} (stub of a deleted message) or {@code call} (missed call), stored as
 *                      {@code messages.metadata.kind}
 */
public record ParsedMessage(
        long lineNumber,
        long epochSecond,
        String senderName,
        String senderJid,
        boolean fromMe,
        String text,
        String mediaType,
        String mediaFileName,
        boolean mediaAttached,
        boolean edited,
        String kind) {

    /** Whether WhatsApp wrote this line (a notice, a deleted-message stub, a missed call), not a person. */
    public boolean isWhatsAppLine() {
        return kind != null;
    }
}
