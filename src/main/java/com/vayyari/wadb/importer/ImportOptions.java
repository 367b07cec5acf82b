package com.vayyari.wadb.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to load an export.
 *
 * @param dryRun         read and count everything, write nothing (the transaction is rolled back, no media extracted)
 * @param strict         fail when any line cannot be read, instead of reporting it
 * @param mediaUrlPrefix base URL for {@code minio_url}/{@code media_url} of zip media ({@code prefix/file name});
 *                       null: the {@code file://} URL of the extracted file
 * @param mediaDir       where a zip's media files are extracted; null: beside the zip, in {@code <zip name>_media}
 * @param progress       told how far the import has read
 */
public record ImportOptions(boolean dryRun, boolean strict, String mediaUrlPrefix, Path mediaDir, ImportProgress progress) {

    public ImportOptions {
        Objects.requireNonNull(progress, "progress");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, null, null, ImportProgress.NONE);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, strict, mediaUrlPrefix, mediaDir, progress);
    }

    public ImportOptions withStrict(boolean value) {
        return new ImportOptions(dryRun, value, mediaUrlPrefix, mediaDir, progress);
    }

    public ImportOptions withMediaUrlPrefix(String value) {
        return new ImportOptions(dryRun, strict, value, mediaDir, progress);
    }

    public ImportOptions withMediaDir(Path value) {
        return new ImportOptions(dryRun, strict, mediaUrlPrefix, value, progress);
    }

    public ImportOptions withProgress(ImportProgress value) {
        return new ImportOptions(dryRun, strict, mediaUrlPrefix, mediaDir, value);
    }
}
