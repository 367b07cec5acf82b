package com.vayyari.wadb.output;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary file behind a {@link RowStore}: cells written one after another as a 4-byte length and the
 * UTF-8 bytes, read back in the same order. Buffered here rather than with Data streams, which take a lock
 * for every byte of every length.
 */
final class SpillFile implements Closeable {

    private final Path path;
    private final byte[] buffer = new byte[1 << 16];
    private OutputStream out;
    private InputStream in;
    private int position;
    private int limit;

    /** A new empty file in {@code directory}, or in the system temp directory when that is null. */
    SpillFile(Path directory) throws IOException {
        path = directory == null ? Files.createTempFile("wadb-rows-", ".tmp")
                : Files.createTempFile(directory, "wadb-rows-", ".tmp");
        out = Files.newOutputStream(path);
    }

    void write(String cell) throws IOException {
        byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
        if (limit + 4 + utf8.length > buffer.length) {
            drain();
        }
        int n = utf8.length;
        buffer[limit++] = (byte) (n >>> 24);
        buffer[limit++] = (byte) (n >>> 16);
        buffer[limit++] = (byte) (n >>> 8);
        buffer[limit++] = (byte) n;
        if (n > buffer.length - limit) {
            drain();
            out.write(utf8);
        } else {
            System.arraycopy(utf8, 0, buffer, limit, n);
            limit += n;
        }
    }

    /** Ends writing; {@link #read} then starts from the first cell. */
    void finishWriting() throws IOException {
        drain();
        out.close();
        out = null;
        in = Files.newInputStream(path);
        position = 0;
        limit = 0;
    }

    /** The next cell, or null at the end of the file. */
    String read() throws IOException {
        if (!fill(4)) {
            return null;
        }
        int n = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
        position += 4;
        if (n > buffer.length) {
            byte[] utf8 = new byte[n];
            int buffered = limit - position;
            System.arraycopy(buffer, position, utf8, 0, buffered);
            position = limit;
            if (in.readNBytes(utf8, buffered, n - buffered) != n - buffered) {
                throw new EOFException("spill file " + path + " ends inside a value");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        }
        if (!fill(n)) {
            throw new EOFException("spill file " + path + " ends inside a value");
        }
        String cell = new String(buffer, position, n, StandardCharsets.UTF_8);
        position += n;
        return cell;
    }

    /** Closes and deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } finally {
            out = null;
            in = null;
            Files.deleteIfExists(path);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, limit);
        limit = 0;
    }

    /** Makes {@code n} bytes available at {@code position}; false if the file ends first. */
    private boolean fill(int n) throws IOException {
        if (limit - position >= n) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }
}
