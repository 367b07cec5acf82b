package com.vayyari.wadb.importer;

/** The media files that came with an export (a zip's), found by the file name a message gives. */
public interface MediaLibrary {

    /** A file of the export: where it is stored, its size and MIME type. */
    record MediaFile(String url, long size, String mimeType) {
    }

    /**
     * {@code media_files.minio_url} (NOT NULL) of a file the export names but did not bring: stored nowhere yet,
     * {@code upload_status} pending; a later import of the zip fills it in.
     */
    String NOT_STORED = "";

    /** No media: a {@code .txt} export. */
    MediaLibrary NONE = fileName -> null;

    /** The file of that name, or null when the export has none. */
    MediaFile find(String fileName);
}
