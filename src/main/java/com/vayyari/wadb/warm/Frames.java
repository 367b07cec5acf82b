package com.vayyari.wadb.warm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm server's wire format, shared with {@code bin/wadb-client.c}. On accepting a connection the server
 * sends {@link #ACCEPTED} with its protocol {@link #VERSION}; only then does the client send its request, so a
 * client that hears nothing (a wedged server) can run the command itself without it ever running twice. The
 * request: the magic {@code WADB1}, then argv, environment and working directory as counted strings, then
 * one byte of terminal flags (bit n: descriptor n is a terminal; bit 3: the client offers its terminal to a REPL)
 * and the caller's umask as 32 bits; with bit 3, the terminal follows: {@code $TERM} as a counted string, rows and
 * columns as 32 bits, and the client's control characters (VINTR, VQUIT, VERASE, VKILL, VEOF, VSUSP, VWERASE,
 * VLNEXT) as a counted string of 8 bytes. From then on both sides send frames: a type byte and a big-endian 32-bit
 * length, then that many bytes.
 *
 * <p>Server to client: {@link #ACCEPTED} (first), then {@link #DECLINED} (the last frame: the command did not run, the
 * client runs it itself) or {@link #STDOUT}, {@link #STDERR}, {@link #READ} (the payload
 * is the number of stdin bytes wanted, as 32 bits), {@link #EXIT} (the exit status, 32 bits; the last frame). Client to server:
 * {@link #STDIN}, answering a READ; an empty payload is end of input. The client closing its end means
 * the user has gone (Ctrl-C, a closed pipe): the server cancels the command.
 *
 * <p>The REPL on the client's terminal (see {@link ClientTerminal}): the server sends {@link #TERMINAL} when the
 * REPL takes the terminal over; the client then puts it in raw mode (input only: the kernel still turns {@code \n}
 * into {@code \r\n} on output) and sends what is typed as {@link #KEYS} frames, and window sizes as {@link #WINDOW}
 * (rows and columns, 32 bits each). {@link #COMMAND} asks the client to run a program on its terminal, cooked, as
 * the pager and the editor need it: one flag byte (1: its stdin is fed by {@link #FEED} frames until
 * {@link #FEED_END}), then argv and environment as counted lists of counted strings and the directory as a counted
 * string; the client answers {@link #STATUS} (32 bits: the exit status, 128+N for signal N, 127 not run).
 * {@link #SUSPEND} (Ctrl-Z) stops the client, its terminal cooked; once continued it sends {@link #CONTINUED}.
 */
final class Frames {

    static final byte[] MAGIC = "WADB1".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 4;  // 2: the request carries the umask; 3: DECLINED; 4: the REPL's terminal
    static final byte ACCEPTED = 'A';
    static final byte DECLINED = 'D';
    static final byte STDOUT = 'O';
    static final byte STDERR = 'E';
    static final byte READ = 'R';
    static final byte EXIT = 'X';
    static final byte STDIN = 'I';
    static final byte TERMINAL = 'T';
    static final byte COMMAND = 'C';
    static final byte FEED = 'P';
    static final byte FEED_END = 'Q';
    static final byte KEYS = 'K';
    static final byte WINDOW = 'W';
    static final byte STATUS = 'S';
    static final byte SUSPEND = 'Z';
    static final byte CONTINUED = 'F';

    /** The largest payload either side sends in one frame. */
    static final int MAX_PAYLOAD = 1 << 16;

    /**
     * The most a request may hold, all strings together: eight times what Linux lets one exec pass (ARG_MAX,
     * 2 MiB with the usual stack limit), so that no real call is declined, while a stray connection can make the
     * server hold no more than this. A string is read as its bytes arrive, never allocated at its announced size.
     */
    static final int MAX_REQUEST = 16 << 20;

    private Frames() {
    }

    /** What the client asked for. */
    record Request(List<String> args, List<String> environment, String workingDirectory, boolean[] terminals,
                   int umask, TerminalOffer terminal) {
    }

    /** The client's terminal as it offers it to a REPL: type, size and control characters. */
    record TerminalOffer(String type, int rows, int columns, byte[] controlChars) {
    }

    /** One frame from the client: its type and payload. */
    record Frame(int type, byte[] payload) {
    }

    /** Reads a request; an IOException if it is malformed or larger than {@link #MAX_REQUEST}. */
    static Request readRequest(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a wadb client (bad magic)");
        }
        int[] budget = {MAX_REQUEST};
        List<String> args = readStrings(in, budget);
        List<String> environment = readStrings(in, budget);
        String directory = readString(in, budget);
        int flags = in.readUnsignedByte();
        boolean[] terminals = {(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0};
        int umask = in.readInt() & 0777;
        TerminalOffer offer = null;
        if ((flags & 8) != 0) {
            String type = readString(in, budget);
            int rows = in.readInt();
            int columns = in.readInt();
            byte[] controlChars = readBytes(in, budget);
            offer = new TerminalOffer(type, rows, columns, controlChars);
        }
        return new Request(args, environment, directory, terminals, umask, offer);
    }

    private static List<String> readStrings(DataInputStream in, int[] budget) throws IOException {
        int count = in.readInt();
        // each string costs at least its 4-byte length
        if (count < 0 || count > budget[0] / 4) {
            throw new IOException("bad request: " + count + " strings");
        }
        List<String> strings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            strings.add(readString(in, budget));
        }
        return strings;
    }

    private static String readString(DataInputStream in, int[] budget) throws IOException {
        return new String(readBytes(in, budget), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in, int[] budget) throws IOException {
        int length = in.readInt();
        budget[0] -= 4;
        if (length < 0 || length > budget[0]) {
            throw new IOException("bad request: a string of " + length + " bytes");
        }
        budget[0] -= length;
        // readNBytes grows its buffer as bytes come; new byte[length] would take the announced size at once
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("request ended inside a string");
        }
        return bytes;
    }

    /** The types of frame a client sends. */
    private static final String CLIENT_FRAMES = new String(new byte[] {STDIN, KEYS, WINDOW, STATUS, CONTINUED},
            StandardCharsets.US_ASCII);

    /** One frame from the client; {@code null} at end of stream (the client went away). */
    static Frame readFrame(DataInputStream in) throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return null;
        }
        int length = in.readInt();
        if (CLIENT_FRAMES.indexOf(type) < 0 || length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("bad frame from client: type " + type + ", " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame(type, payload);
    }

    /** A COMMAND frame's payload: whether its stdin is fed, then argv, environment and directory. */
    static byte[] command(boolean fed, List<String> argv, List<String> environment, String directory)
            throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(fed ? 1 : 0);
        for (List<String> list : List.of(argv, environment)) {
            out.writeInt(list.size());
            for (String text : list) {
                writeString(out, text);
            }
        }
        writeString(out, directory);
        if (bytes.size() > MAX_PAYLOAD) {
            throw new IOException("the command and its environment are too large to send to the terminal");
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Writes frames; one writer per connection, shared by the stdout and stderr streams. */
    static final class Writer {
        private final DataOutputStream out;

        Writer(OutputStream out) {
            // One buffer the size of a frame: header and payload leave in one write.
            this.out = new DataOutputStream(new java.io.BufferedOutputStream(out, MAX_PAYLOAD + 5));
        }

        synchronized void data(byte type, byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int chunk = Math.min(length, MAX_PAYLOAD);
                out.writeByte(type);
                out.writeInt(chunk);
                out.write(bytes, offset, chunk);
                offset += chunk;
                length -= chunk;
            }
            out.flush();
        }

        synchronized void empty(byte type) throws IOException {
            out.writeByte(type);
            out.writeInt(0);
            out.flush();
        }

        synchronized void number(byte type, int value) throws IOException {
            out.writeByte(type);
            out.writeInt(4);
            out.writeInt(value);
            out.flush();
        }
    }
}
