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
import java.time.Instant;

/**
 * An output file that appears whole or not at all: written to a temporary file beside the target and renamed
 * over it on {@link #commit()}. {@link #abort()} (or never committing) deletes the temporary file, so a failed
 * export leaves no partial file and an existing file is untouched.
 *
 * <p>Only a regular file is replaced. A target that is a device, a pipe or a socket ({@code /dev/null},
 * {@code /dev/stdout}, a FIFO) is written to directly, as psql writes to it: renaming a file over it would put a
 * plain file in its place (as root, over {@code /dev/null} itself). A symbolic link is followed, so the file it
 * points to is replaced and the link stays.
 *
 * <p>A temporary file a stopped or killed run left behind is removed as {@link TemporaryFiles} says.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final java.io.FileOutputStream file;
    private final Writeback stream;
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temporary, java.io.FileOutputStream file) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.file = file;
        this.stream = new Writeback(file, temporary != null);
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** Opens a temporary file in the target's directory (same file system, so the rename is atomic). */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        if (Files.exists(absolute)) {
            absolute = absolute.toRealPath();
            if (!Files.isRegularFile(absolute)) {
                return new AtomicFile(absolute, null, new java.io.FileOutputStream(absolute.toFile()));
            }
        }
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("no such directory: " + (directory == null ? target : directory));
        }
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", TemporaryFiles.SUFFIX);
        TemporaryFiles.started(temporary);
        try {
            AtomicFile file = new AtomicFile(absolute, temporary, new java.io.FileOutputStream(temporary.toFile()));
            TemporaryFiles.removeStale(temporary, Instant.now());
            return file;
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            TemporaryFiles.finished(temporary);
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
            if (temporary == null) {  // a device or a pipe: written as it went, nothing to sync or rename
                writer.close();
                done = true;
                return;
            }
            stream.awaitSync();
            file.getFD().sync();
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            TemporaryFiles.finished(temporary);
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
            if (temporary != null) {
                Files.deleteIfExists(temporary);
                TemporaryFiles.finished(temporary);
            }
        } catch (IOException e) {
            // Best effort: the name marks it as ours (.wadb-tmp) if it survives; a later run removes it when stale.
        }
    }

    /**
     * Counts what is written and, every {@link #SYNC_EVERY} bytes, has the file synced on another thread while
     * writing goes on. The sync before the rename (a file that replaces another must be on disk first) then
     * finds little left to write: for a 180 MB export it had cost ~0.2 s of waiting at the end, as much as
     * psql's whole lead on the CSV benchmark (issue 7).
     */
    private static final class Writeback extends java.io.FilterOutputStream {
        private static final long SYNC_EVERY = 32L << 20;

        private final java.io.FileDescriptor fd;
        /** Only a regular file is synced: a device or a pipe has nothing to write back. */
        private final boolean regular;
        private long sinceSync;
        private Thread syncing;

        Writeback(java.io.FileOutputStream file, boolean regular) throws IOException {
            super(file);
            this.fd = file.getFD();
            this.regular = regular;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            wrote(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            wrote(len);
        }

        private void wrote(int bytes) {
            sinceSync += bytes;
            if (regular && sinceSync >= SYNC_EVERY && (syncing == null || !syncing.isAlive())) {
                sinceSync = 0;
                syncing = new Thread(this::sync, "wadb-writeback");
                syncing.setDaemon(true);
                syncing.start();
            }
        }

        private void sync() {
            try {
                fd.sync();
            } catch (java.io.SyncFailedException e) {
                // The file was closed meanwhile (an abort), or the disk refuses: the final sync reports that.
            }
        }

        void awaitSync() throws IOException {
            if (syncing != null) {
                try {
                    syncing.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while syncing the output file");
                }
            }
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }
}
