package com.vayyari.wadb.warm;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The client's standard input, fetched on demand: a read asks the client for bytes and waits for its
 * answer. Asking rather than having the client push keeps a command that never reads stdin from draining
 * (or blocking on) whatever the client's stdin is.
 */
final class ClientStdin extends ChunkedInput {

    private static final byte[] END = new byte[0];

    private final Frames.Writer writer;
    private final BlockingQueue<byte[]> arrived = new LinkedBlockingQueue<>();
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
    protected byte[] next(int wanted) throws IOException {
        if (ended) {
            return null;
        }
        beforeAsking.run();
        writer.number(Frames.READ, Math.min(Math.max(wanted, 8192), Frames.MAX_PAYLOAD));
        byte[] chunk = take(arrived, "reading standard input");
        if (chunk == END) {
            ended = true;
            return null;
        }
        return chunk;
    }
}
