package com.vayyari.wadb.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The server's bytes as pgjdbc reads them through {@link ServerMessageStream}: unchanged but for a non-ISO DateStyle
 * report, also when they come a byte at a time with read timeouts between (pgjdbc polls with a 1 ms timeout), and
 * after a yes to TLS untouched. The real protocol is exercised by the DateStyle tests against the server.
 */
class ServerMessageStreamTest {

    private static byte[] message(char type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        int length = payload.length + 4;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Gives one byte per read and times out before every other one, as a slow socket with a short timeout does. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int pos;
        private boolean timeOutNext = true;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            timeOutNext = !timeOutNext;
            if (!timeOutNext) {
                throw new SocketTimeoutException("Read timed out");
            }
            if (pos == bytes.length) {
                return -1;
            }
            b[off] = bytes[pos++];
            return 1;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[7];
        while (true) {
            int n;
            try {
                n = in.read(buffer, 0, buffer.length);
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
        }
    }

    @Test
    void onlyANonIsoDateStyleReportChangesWhateverTheReadsAre() throws IOException {
        byte[] rows = message('D', "\0\1\0\0\0\u0005hello");
        byte[] server = concat(message('S', "DateStyle\0German, DMY\0"), rows, message('S', "TimeZone\0UTC\0"),
                message('S', "DateStyle\0ISO, MDY\0"), message('Z', "I"));
        byte[] expected = concat(message('S', "DateStyle\0ISO, German, DMY\0"), rows, message('S', "TimeZone\0UTC\0"),
                message('S', "DateStyle\0ISO, MDY\0"), message('Z', "I"));
        assertArrayEquals(expected, readAll(new ServerMessageStream(new Trickle(server))));
        assertArrayEquals(expected, readAll(new ServerMessageStream(new java.io.ByteArrayInputStream(server))));
    }

    @Test
    void afterAYesToTlsTheBytesAreNotMessages() throws IOException {
        byte[] ciphertext = {0x16, 0x03, 0x03, 0x00, 0x05, 'S', 0, 0, 0, 9};
        ServerMessageStream stream = new ServerMessageStream(new java.io.ByteArrayInputStream(concat(new byte[] {'S'},
                ciphertext)));
        stream.expectOneByteAnswer();
        assertEquals('S', stream.read());
        assertArrayEquals(ciphertext, readAll(stream));
    }

    @Test
    void aNoToTlsIsFollowedByMessages() throws IOException {
        byte[] after = message('S', "DateStyle\0SQL, DMY\0");
        ServerMessageStream stream = new ServerMessageStream(new java.io.ByteArrayInputStream(concat(new byte[] {'N'},
                after)));
        stream.expectOneByteAnswer();
        assertEquals('N', stream.read());
        assertArrayEquals(message('S', "DateStyle\0ISO, SQL, DMY\0"), readAll(stream));
    }

    @Test
    void inTheAnswerToAWholeTextEachResultSetIsCompletedBeforeTheNext() throws IOException {
        byte[] first = message('T', "w-columns");
        byte[] second = message('T', "n-columns");
        byte[] row = message('D', "row");
        byte[] server = concat(first, row, second, row, row, message('C', "INSERT 0 0\0"), message('Z', "I"));
        byte[] expected = concat(first, row, message('C', "SELECT 1\0"), second, row, row,
                message('C', "INSERT 0 0\0"), message('Z', "I"));
        com.vayyari.wadb.sql.WholeTextScope.enter();
        try {
            assertArrayEquals(expected, readAll(new ServerMessageStream(new Trickle(server))));
        } finally {
            com.vayyari.wadb.sql.WholeTextScope.leave();
        }
        // Outside it (the extended protocol describes a statement and then its portal) nothing is added.
        assertArrayEquals(server, readAll(new ServerMessageStream(new java.io.ByteArrayInputStream(server))));
    }
}
