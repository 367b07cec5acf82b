package com.vayyari.wadb.phonedb;

/**
 * One row for {@code messages}, read from the phone's database.
 *
 * @param messageId   WhatsApp's own {@code key_id} ({@code call-<call_id>} for a call log entry)
 * @param epochSecond when it was sent, unix seconds
 * @param kind        null for a person's message; system, deleted or call for WhatsApp's own rows, as the text
 *                    importer stores them in {@code metadata.kind}
 * @param mediaType   {@code messages.media_type}, or null
 * @param metadata    {@code messages.metadata} as JSON text: kind, reply_to, reactions, edits, media, call,
 *                    location (written on the reading thread, so the COPY's thread only sends it)
 * @param media       the attachment, or null
 */
record PhoneMessage(String messageId, String chatJid, String senderJid, boolean fromMe, long epochSecond,
        String text, String kind, String mediaType, String metadata, PhoneMedia media) {
}
