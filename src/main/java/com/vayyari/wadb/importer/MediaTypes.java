package com.vayyari.wadb.importer;

import java.util.Locale;
import java.util.Map;

/** Media kind (the four {@code media_files.media_type} values) and MIME type, told by a file's extension. */
final class MediaTypes {

    static final String PHOTO = "photo";
    static final String VIDEO = "video";
    static final String AUDIO = "audio";
    static final String DOCUMENT = "document";

    private static final String OCTET_STREAM = "application/octet-stream";

    private record Kind(String mediaType, String mimeType) {
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", new Kind(PHOTO, "image/jpeg")),
            Map.entry("jpeg", new Kind(PHOTO, "image/jpeg")),
            Map.entry("png", new Kind(PHOTO, "image/png")),
            Map.entry("gif", new Kind(PHOTO, "image/gif")),
            Map.entry("webp", new Kind(PHOTO, "image/webp")),
            Map.entry("heic", new Kind(PHOTO, "image/heic")),
            Map.entry("mp4", new Kind(VIDEO, "video/mp4")),
            Map.entry("3gp", new Kind(VIDEO, "video/3gpp")),
            Map.entry("mov", new Kind(VIDEO, "video/quicktime")),
            Map.entry("mkv", new Kind(VIDEO, "video/x-matroska")),
            Map.entry("webm", new Kind(VIDEO, "video/webm")),
            Map.entry("opus", new Kind(AUDIO, "audio/ogg")),
            Map.entry("ogg", new Kind(AUDIO, "audio/ogg")),
            Map.entry("m4a", new Kind(AUDIO, "audio/mp4")),
            Map.entry("mp3", new Kind(AUDIO, "audio/mpeg")),
            Map.entry("aac", new Kind(AUDIO, "audio/aac")),
            Map.entry("amr", new Kind(AUDIO, "audio/amr")),
            Map.entry("wav", new Kind(AUDIO, "audio/wav")),
            Map.entry("pdf", new Kind(DOCUMENT, "application/pdf")),
            Map.entry("vcf", new Kind(DOCUMENT, "text/vcard")),
            Map.entry("txt", new Kind(DOCUMENT, "text/plain")),
            Map.entry("csv", new Kind(DOCUMENT, "text/csv")),
            Map.entry("zip", new Kind(DOCUMENT, "application/zip")),
            Map.entry("doc", new Kind(DOCUMENT, "application/msword")),
            Map.entry("docx", new Kind(DOCUMENT, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry("xls", new Kind(DOCUMENT, "application/vnd.ms-excel")),
            Map.entry("xlsx", new Kind(DOCUMENT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry("ppt", new Kind(DOCUMENT, "application/vnd.ms-powerpoint")),
            Map.entry("pptx", new Kind(DOCUMENT, "application/vnd.openxmlformats-officedocument.presentationml.presentation")));

    private MediaTypes() {
    }

    /** photo, video, audio or document (anything unknown is a document). */
    static String mediaType(String fileName) {
        Kind kind = BY_EXTENSION.get(extension(fileName));
        return kind == null ? DOCUMENT : kind.mediaType();
    }

    static String mimeType(String fileName) {
        Kind kind = BY_EXTENSION.get(extension(fileName));
        return kind == null ? OCTET_STREAM : kind.mimeType();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
