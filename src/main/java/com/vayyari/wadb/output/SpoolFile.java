package com.vayyari.wadb.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of an output written ahead of its turn (a parallel export's later key ranges), in a file of its own: 0600
 * in the system's temporary directory, deleted when closed, and, like {@link AtomicFile}'s, by a shutdown hook if the
 * JVM is stopped first, since it holds chat data.
 */
public final class SpoolFile implements AutoCloseable {

    private final Path path;
    private final OutputStream out;

    public SpoolFile() throws IOException {
        path = Files.createTempFile(".wadb-spool.", TemporaryFiles.SUFFIX);
        TemporaryFiles.started(path);
        out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    /** Where the part is written; closing it is this file's job. */
    public OutputStream stream() {
        return out;
    }

    /** Appends the part, whole, to {@code target}. */
    public void copyTo(OutputStream target) throws IOException {
        out.flush();
        Files.copy(path, target);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(path);
            TemporaryFiles.finished(path);
        }
    }
}
