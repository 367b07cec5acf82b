package com.vayyari.wadb.warm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The client's standard input, fetched on demand: a read asks the client for bytes and waits for its
 * answer. Asking rather than having the client push keeps a command that never reads stdin from draining
 * (or blocking on) whatever the client's stdin is.
 */
final class ClientStdin extends InputStream {

    private static final byte[] END = new byte[0];

    private final Frames.Writer writer;
    private final BlockingQueue<byte[]> arrived = new LinkedBlockingQueue<>();
    private byte[] buffer = new byte[0];
    private int position;
    private boolean ended;
    private final Runnable beforeAsking;

    /** {@code beforeAsking} flushes what the command printed, so that the client sees it before it waits. */
    ClientStdin(Frames.Writer writer, Runnable beforeAsking) {
        this.writer = writer;
        this.beforeAsking = beforeAsking;
    }

    /** A STDIN frame from the client (empty: end of input). */
    void arrived(byte[] payload) {
        arrived.add(payload.length == 0 ? END : payload);
    }

    /** The client went away: nothing more will come. */
    void gone() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == buffer.length) {
            if (ended) {
                return -1;
            }
            beforeAsking.run();
            writer.number(Frames.READ, Math.min(len < 8192 ? 8192 : len, Frames.MAX_PAYLOAD));
            try {
                buffer = arrived.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading standard input");
            }
            position = 0;
            if (buffer == END) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }
}
