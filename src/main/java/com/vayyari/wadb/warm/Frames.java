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
 * one byte of terminal flags (bit n: descriptor n is a terminal) and the caller's umask as 32 bits. From then on both sides send frames: a
 * type byte and a big-endian 32-bit length, then that many bytes.
 *
 * <p>Server to client: {@link #ACCEPTED} (first), {@link #STDOUT}, {@link #STDERR}, {@link #READ} (the payload
 * is the number of stdin bytes wanted, as 32 bits), {@link #EXIT} (the exit status, 32 bits; the last frame). Client to server:
 * {@link #STDIN}, answering a READ; an empty payload is end of input. The client closing its end means
 * the user has gone (Ctrl-C, a closed pipe): the server cancels the command.
 */
final class Frames {

    static final byte[] MAGIC = "WADB1".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;  // 2: the request carries the umask
    static final byte ACCEPTED = 'A';
    static final byte STDOUT = 'O';
    static final byte STDERR = 'E';
    static final byte READ = 'R';
    static final byte EXIT = 'X';
    static final byte STDIN = 'I';

    /** The largest payload either side sends in one frame. */
    static final int MAX_PAYLOAD = 1 << 16;

    /** Bounds on a request, so that a stray connection cannot make the server allocate without end. */
    private static final int MAX_STRINGS = 100_000;
    private static final int MAX_STRING = 16 << 20;

    private Frames() {
    }

    /** What the client asked for. */
    record Request(List<String> args, List<String> environment, String workingDirectory, boolean[] terminals,
                   int umask) {
    }

    static Request readRequest(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a wadb client (bad magic)");
        }
        List<String> args = readStrings(in);
        List<String> environment = readStrings(in);
        String directory = readString(in);
        int flags = in.readUnsignedByte();
        boolean[] terminals = {(flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0};
        int umask = in.readInt() & 0777;
        return new Request(args, environment, directory, terminals, umask);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_STRINGS) {
            throw new IOException("bad request: " + count + " strings");
        }
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("bad request: a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** One frame from the client; {@code null} at end of stream (the client went away). */
    static byte[] readStdin(DataInputStream in) throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return null;
        }
        int length = in.readInt();
        if (type != STDIN || length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("bad frame from client: type " + type + ", " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
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

        synchronized void number(byte type, int value) throws IOException {
            out.writeByte(type);
            out.writeInt(4);
            out.writeInt(value);
            out.flush();
        }
    }
}
