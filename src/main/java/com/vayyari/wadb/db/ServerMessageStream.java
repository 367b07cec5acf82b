package com.vayyari.wadb.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server sends, read message by message and passed on unchanged but for two things: a ParameterStatus for
 * DateStyle whose value does not start with ISO gets {@code ISO, } in front, and in the answer to a text sent whole a
 * CommandComplete is put before a RowDescription that starts a result while another is open (both explained at
 * {@link FilteringSocketFactory}). Only ParameterStatus messages are held whole (they are a few bytes); every other message goes through as it
 * arrives, so rows and COPY data stream as before. Progress is kept in fields, so a read that times out (pgjdbc
 * polls for notifications with a 1 ms timeout) resumes where it stopped. After the server's yes to TLS or GSS
 * encryption the bytes are no longer messages and pass untouched.
 */
final class ServerMessageStream extends InputStream {

    private static final byte PARAMETER_STATUS = 'S';
    private static final byte ROW_DESCRIPTION = 'T';
    private static final byte DATA_ROW = 'D';
    private static final byte COMMAND_COMPLETE = 'C';
    private static final byte ERROR_RESPONSE = 'E';
    private static final byte READY_FOR_QUERY = 'Z';
    private static final byte EMPTY_QUERY = 'I';
    private static final int HEADER = 5;

    private final InputStream in;
    /** Answers of one byte still due to SSLRequest or GSSENCRequest. */
    private int oneByteAnswers;
    private boolean encrypted;
    private final byte[] header = new byte[HEADER];
    private int headerFilled;
    /** Bytes of the current message's body still to pass on as they come. */
    private long bodyLeft;
    /** A ParameterStatus body being read whole. */
    private byte[] status;
    private int statusFilled;
    /** A RowDescription came and no CommandComplete (or error, or end) since: a result set is open. */
    private boolean resultOpen;
    /** DataRows of the open result set. */
    private long rows;
    /** Bytes to hand out before reading on: a header, or a ParameterStatus as rewritten. */
    private byte[] ready;
    private int readyPos;

    ServerMessageStream(InputStream in) {
        // Buffered here, as messages are read a header at a time: five bytes must not cost a system call.
        this.in = new java.io.BufferedInputStream(in, 1 << 16);
    }

    /** The client asked for encryption: the next byte is the answer, not the start of a message. */
    synchronized void expectOneByteAnswer() {
        oneByteAnswers++;
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
        while (true) {
            if (ready != null) {
                int n = Math.min(len, ready.length - readyPos);
                System.arraycopy(ready, readyPos, b, off, n);
                readyPos += n;
                if (readyPos == ready.length) {
                    ready = null;
                }
                return n;
            }
            if (encrypted) {
                return in.read(b, off, len);
            }
            if (bodyLeft > 0) {
                int n = in.read(b, off, (int) Math.min(len, bodyLeft));
                if (n > 0) {
                    bodyLeft -= n;
                }
                return n;
            }
            if (status != null) {
                if (!fillStatus()) {
                    return -1;
                }
                continue;
            }
            if (oneByteAnswers > 0 && headerFilled == 0) {
                int answer = in.read();
                if (answer < 0) {
                    return -1;
                }
                oneByteAnswers--;
                if (answer == 'S' || answer == 'G' || answer == 'N') {
                    encrypted = answer != 'N';
                    b[off] = (byte) answer;
                    return 1;
                }
                header[headerFilled++] = (byte) answer;  // an old server's ErrorResponse instead of an answer
            }
            if (!fillHeader()) {
                return -1;
            }
        }
    }

    /** Reads the rest of a header, then decides how its body goes; false at the end of the stream. */
    private boolean fillHeader() throws IOException {
        while (headerFilled < HEADER) {
            int n = in.read(header, headerFilled, HEADER - headerFilled);
            if (n < 0) {
                return false;
            }
            headerFilled += n;
        }
        headerFilled = 0;
        int bodyLength = int32(header, 1) - 4;
        if (header[0] == PARAMETER_STATUS && bodyLength > 0 && bodyLength < (1 << 16)) {
            status = new byte[bodyLength];
            statusFilled = 0;
        } else {
            ready = completingResult(header[0]);
            readyPos = 0;
            bodyLeft = Math.max(0, bodyLength);
        }
        return true;
    }

    /**
     * The header, after a CommandComplete of the open result set when this header starts another one within the
     * answer to a whole text (a rule's extra query: see {@link com.vayyari.wadb.sql.WholeTextScope}).
     */
    private byte[] completingResult(byte type) {
        byte[] chunk = header.clone();
        switch (type) {
            case ROW_DESCRIPTION -> {
                if (resultOpen && com.vayyari.wadb.sql.WholeTextScope.active()) {
                    byte[] tag = ("SELECT " + rows + "\0").getBytes(StandardCharsets.US_ASCII);
                    byte[] complete = new byte[HEADER + tag.length];
                    complete[0] = COMMAND_COMPLETE;
                    putInt32(complete, 1, tag.length + 4);
                    System.arraycopy(tag, 0, complete, HEADER, tag.length);
                    chunk = new byte[complete.length + HEADER];
                    System.arraycopy(complete, 0, chunk, 0, complete.length);
                    System.arraycopy(header, 0, chunk, complete.length, HEADER);
                }
                resultOpen = true;
                rows = 0;
            }
            case DATA_ROW -> rows++;
            case COMMAND_COMPLETE, ERROR_RESPONSE, READY_FOR_QUERY, EMPTY_QUERY -> resultOpen = false;
            default -> {
            }
        }
        return chunk;
    }

    private static void putInt32(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    /** Reads the rest of a ParameterStatus and makes it ready, rewritten if it needs to be; false at the end. */
    private boolean fillStatus() throws IOException {
        while (statusFilled < status.length) {
            int n = in.read(status, statusFilled, status.length - statusFilled);
            if (n < 0) {
                return false;
            }
            statusFilled += n;
        }
        ready = ParameterStatus.passedOn(status);
        readyPos = 0;
        status = null;
        return true;
    }

    @Override
    public synchronized int available() throws IOException {
        if (ready != null) {
            return ready.length - readyPos;
        }
        return in.available();
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }

    /** One ParameterStatus message (name, value) as pgjdbc is to see it. */
    static final class ParameterStatus {

        private ParameterStatus() {
        }

        /** The whole message for {@code body}: unchanged, or for a non-ISO DateStyle with {@code ISO, } in front. */
        static byte[] passedOn(byte[] body) {
            int nameEnd = indexOfNul(body, 0);
            int valueEnd = nameEnd < 0 ? -1 : indexOfNul(body, nameEnd + 1);
            byte[] out = body;
            if (valueEnd > 0) {
                String name = new String(body, 0, nameEnd, StandardCharsets.UTF_8);
                String value = new String(body, nameEnd + 1, valueEnd - nameEnd - 1, StandardCharsets.UTF_8);
                if (name.equals("DateStyle") && !value.regionMatches(true, 0, "ISO", 0, 3)) {
                    byte[] shown = ("DateStyle\0ISO, " + value + "\0").getBytes(StandardCharsets.UTF_8);
                    out = shown;
                }
            }
            byte[] message = new byte[HEADER + out.length];
            message[0] = PARAMETER_STATUS;
            putInt32(message, 1, out.length + 4);
            System.arraycopy(out, 0, message, HEADER, out.length);
            return message;
        }

        private static int indexOfNul(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
