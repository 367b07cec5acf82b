package com.vayyari.wadb.warm;

import com.vayyari.wadb.session.Prompter;
import com.vayyari.wadb.session.TerminalRelay;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The client's terminal, relayed over its connection for a REPL run here (issue 17: a REPL served warm opens in
 * a fraction of a JVM's start-up). Keys come as KEYS frames once the REPL has taken the terminal over, window sizes
 * as WINDOW frames; the screen is the call's STDOUT frames (one stream, so results and the line editor's output keep
 * their order); programs that need the terminal itself run in the client (COMMAND, answered by STATUS).
 */
final class ClientTerminal implements TerminalRelay {

    private static final int GONE = -1;

    private final Frames.Writer writer;
    private final Frames.TerminalOffer offer;
    private final OutputStream screen;
    private final QueuedInput keys = new QueuedInput();
    private final BlockingQueue<Integer> statuses = new LinkedBlockingQueue<>();
    private volatile int rows;
    private volatile int columns;
    private volatile Runnable resized = () -> { };
    private volatile Runnable continued = () -> { };
    private volatile InputStream typed;
    private volatile Prompter prompter;

    ClientTerminal(Frames.Writer writer, Frames.TerminalOffer offer, OutputStream screen) {
        this.writer = writer;
        this.offer = offer;
        this.screen = screen;
        this.rows = offer.rows();
        this.columns = offer.columns();
    }

    /** A frame of the client's that concerns its terminal; false if it is none of those. */
    boolean arrived(Frames.Frame frame) {
        switch (frame.type()) {
            case Frames.KEYS -> keys.add(frame.payload());
            case Frames.WINDOW -> {
                ByteBuffer size = ByteBuffer.wrap(frame.payload());
                if (size.remaining() == 8) {
                    rows = size.getInt();
                    columns = size.getInt();
                    resized.run();
                }
            }
            case Frames.CONTINUED -> continued.run();
            case Frames.STATUS -> statuses.add(frame.payload().length == 4 ? ByteBuffer.wrap(frame.payload()).getInt()
                    : GONE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The client has gone: no more keys, and no program of its will report back. */
    void gone() {
        keys.end();
        statuses.add(GONE);
    }

    @Override
    public String type() {
        return offer.type();
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public byte[] controlChars() {
        return offer.controlChars().clone();
    }

    @Override
    public InputStream keys() {
        return keys;
    }

    @Override
    public OutputStream screen() {
        return screen;
    }

    @Override
    public void takeOver() throws IOException {
        writer.empty(Frames.TERMINAL);
    }

    @Override
    public void onResize(Runnable listener) {
        resized = listener;
    }

    @Override
    public void suspend() throws IOException {
        writer.empty(Frames.SUSPEND);
    }

    @Override
    public void onContinue(Runnable listener) {
        continued = listener;
    }

    @Override
    public void attach(InputStream typed, Prompter prompter) {
        this.typed = typed;
        this.prompter = prompter;
    }

    /**
     * The call's stdin: {@code before} (the client's, cooked) until the REPL has the terminal, then its input with
     * the kernel's canonical mode (see {@link CanonicalInput}).
     */
    InputStream stdin(InputStream before) {
        return new InputStream() {
            private CanonicalInput lines;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                InputStream now = typed;
                if (now == null) {
                    return before.read(b, off, len);
                }
                if (lines == null) {
                    lines = new CanonicalInput(now, screen, offer.controlChars());
                }
                return lines.read(b, off, len);
            }
        };
    }

    /** Questions on the REPL's terminal; before it has one, none can be asked (end of input). */
    Prompter prompter() {
        return new Prompter() {
            @Override
            public String readLine(String prompt) {
                Prompter now = prompter;
                return now == null ? null : now.readLine(prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                Prompter now = prompter;
                return now == null ? null : now.readPassword(prompt);
            }
        };
    }

    @Override
    public synchronized int run(List<String> argv, Path directory, Map<String, String> env) throws IOException {
        send(false, argv, directory, env);
        return awaitStatus();
    }

    @Override
    public synchronized OutputStream start(List<String> argv, Path directory, Map<String, String> env)
            throws IOException {
        send(true, argv, directory, env);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writer.data(Frames.FEED, b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    writer.empty(Frames.FEED_END);
                    awaitStatus();
                }
            }
        };
    }

    private void send(boolean fed, List<String> argv, Path directory, Map<String, String> env) throws IOException {
        List<String> entries = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        byte[] payload = Frames.command(fed, argv, entries, directory.toString());
        writer.data(Frames.COMMAND, payload, 0, payload.length);
    }

    private int awaitStatus() throws IOException {
        try {
            int status = statuses.take();
            if (status == GONE) {
                statuses.add(GONE);  // for whoever waits next
                throw new IOException("the terminal has gone");
            }
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a program ran on the terminal");
        }
    }

    /** Bytes as the client pushes them; end of stream once it has gone. */
    private static final class QueuedInput extends ChunkedInput {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();

        void add(byte[] bytes) {
            if (bytes.length > 0) {
                queue.add(bytes);
            }
        }

        void end() {
            queue.add(END);
        }

        @Override
        protected byte[] next(int wanted) throws IOException {
            byte[] chunk = take(queue, "waiting for a key");
            if (chunk == END) {
                queue.add(END);  // every later read ends too
                return null;
            }
            return chunk;
        }
    }
}
