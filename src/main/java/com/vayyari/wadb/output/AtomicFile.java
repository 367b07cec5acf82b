package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears whole or not at all: written to a temporary file beside the target and renamed
 * over it on {@link #commit()}. {@link #abort()} (or never committing) deletes the temporary file, so a failed
 * export leaves no partial file and an existing file is untouched.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** Opens a temporary file in the target's directory (same file system, so the rename is atomic). */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("no such directory: " + (directory == null ? target : directory));
        }
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".wadb-tmp");
        try {
            return new AtomicFile(absolute, temporary, new java.io.FileOutputStream(temporary.toFile()));
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    public Path target() {
        return target;
    }

    /** UTF-8 text into the temporary file; buffer it yourself if you write small pieces. */
    public Writer writer() {
        return writer;
    }

    public OutputStream stream() {
        return stream;
    }

    /** Flushes, syncs and renames the temporary file over the target. */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        try {
            writer.flush();
            stream.flush();
            if (stream instanceof java.io.FileOutputStream fos) {
                fos.getFD().sync();
            }
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            abort();
            throw e;
        }
    }

    /** Drops the temporary file; the target stays as it was. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } catch (IOException e) {
            // Closing a file we are about to delete: nothing to save.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Best effort: the name marks it as ours (.wadb-tmp) if it survives.
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }
}
