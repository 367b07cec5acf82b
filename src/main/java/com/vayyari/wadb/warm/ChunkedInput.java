package com.vayyari.wadb.warm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream that hands out chunks of bytes as they come (frames from the client, a typed line): a read takes
 * from the current chunk and asks for the next one only when it is used up, so a read never waits while bytes are
 * there. Subclasses say where the next chunk comes from.
 */
abstract class ChunkedInput extends InputStream {

    private byte[] chunk = new byte[0];
    private int position;

    /**
     * The next chunk, waiting for it if need be; null at the end of input. Never empty. {@code wanted}: how many bytes
     * the read that asks would take.
     */
    protected abstract byte[] next(int wanted) throws IOException;

    /** The next chunk from {@code queue}, waiting for it; an interrupt ends the read ({@code waiting}: for what). */
    protected static byte[] take(BlockingQueue<byte[]> queue, String waiting) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + waiting);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == chunk.length) {
            byte[] more = next(len);
            if (more == null) {
                return -1;
            }
            chunk = more;
            position = 0;
        }
        int n = Math.min(len, chunk.length - position);
        System.arraycopy(chunk, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return chunk.length - position;
    }
}
