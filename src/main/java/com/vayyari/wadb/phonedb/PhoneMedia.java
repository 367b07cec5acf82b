package com.vayyari.wadb.phonedb;

/**
 * The attachment of a message.
 *
 * @param mediaType photo, video, audio or document ({@code media_files.media_type})
 * @param path      where the file is on the phone, relative to WhatsApp's folder; null when the phone never
 *                  downloaded it (then no {@code media_files} row is made: there is no file to point at)
 */
record PhoneMedia(String mediaType, String mimeType, Long size, String fileName, String path) {
}
