package com.vayyari.wadb.importer;

/** The media files that came with an export (a zip's), found by the file name a message gives. */
public interface MediaLibrary {

    /** A file of the export: where it is stored, its size and MIME type. */
    record MediaFile(String url, long size, String mimeType) {
    }

    /** No media: a {@code .txt} export. */
    MediaLibrary NONE = fileName -> null;

    /** The file of that name, or null when the export has none. */
    MediaFile find(String fileName);
}
