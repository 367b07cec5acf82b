package com.vayyari.wadb.importer;

import com.vayyari.wadb.output.FileModes;
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
 * @param modes          the modes of the media files and directories it extracts (the caller's umask applied)
 */
public record ImportOptions(boolean dryRun, boolean strict, String mediaUrlPrefix, Path mediaDir, ImportProgress progress,
                            FileModes modes) {

    public ImportOptions {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(modes, "modes");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, null, null, ImportProgress.NONE, FileModes.UNKNOWN);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(value, strict, mediaUrlPrefix, mediaDir, progress, modes);
    }

    public ImportOptions withStrict(boolean value) {
        return new ImportOptions(dryRun, value, mediaUrlPrefix, mediaDir, progress, modes);
    }

    public ImportOptions withMediaUrlPrefix(String value) {
        return new ImportOptions(dryRun, strict, value, mediaDir, progress, modes);
    }

    public ImportOptions withMediaDir(Path value) {
        return new ImportOptions(dryRun, strict, mediaUrlPrefix, value, progress, modes);
    }

    public ImportOptions withModes(FileModes value) {
        return new ImportOptions(dryRun, strict, mediaUrlPrefix, mediaDir, progress, value);
    }

    public ImportOptions withProgress(ImportProgress value) {
        return new ImportOptions(dryRun, strict, mediaUrlPrefix, mediaDir, value, modes);
    }
}
