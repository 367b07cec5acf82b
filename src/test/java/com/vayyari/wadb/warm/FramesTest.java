package com.vayyari.wadb.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request is bounded by what it holds, not by what it announces: a connection that announces a huge string and
 * sends a few bytes costs the server those bytes (issue 16, finding 7: twelve such connections ran it out of
 * memory), and the whole request, all strings together, is capped at {@link Frames#MAX_REQUEST}.
 */
class FramesTest {

    @Test
    void aWellFormedRequestReadsBackAsSent() throws IOException {
        Request sent = new Request(List.of("-c", "select 'ü'"), List.of("HOME=/home/u", "TZ=UTC"), "/work", 0b101, 027);

        Frames.Request read = Frames.readRequest(sent.stream());

        assertEquals(sent.args, read.args());
        assertEquals(sent.env, read.environment());
        assertEquals("/work", read.workingDirectory());
        assertTrue(read.terminals()[0] && !read.terminals()[1] && read.terminals()[2]);
        assertEquals(027, read.umask());
    }

    @Test
    void aTerminalOfferedForTheReplReadsBackAsSent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        write(out, Frames.MAGIC);
        writeInt(out, 0);
        writeInt(out, 0);
        Request.string(out, "/work");
        write(out, new byte[] {0b1011});
        writeInt(out, 022);
        Request.string(out, "xterm-256color");
        writeInt(out, 40);
        writeInt(out, 160);
        writeInt(out, 8);
        write(out, new byte[] {3, 28, 127, 21, 4, 26, 23, (byte) 0xff});

        Frames.Request read = Frames.readRequest(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        Frames.TerminalOffer offer = read.terminal();
        assertEquals("xterm-256color", offer.type());
        assertEquals(40, offer.rows());
        assertEquals(160, offer.columns());
        assertEquals(List.of((byte) 3, (byte) 28, (byte) 127, (byte) 21, (byte) 4, (byte) 26, (byte) 23, (byte) 0xff),
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> offer.controlChars()[i]).toList());
        assertEquals(null, Frames.readRequest(new Request(List.of(), List.of(), "/", 0b11, 022).stream()).terminal(),
                "no offer without bit 3");
    }

    @Test
    void aCommandForTheTerminalIsEncodedAsTheClientReadsIt() throws IOException {
        byte[] payload = Frames.command(true, List.of("/bin/sh", "-c", "less"), List.of("HOME=/h"), "/work");
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        assertEquals(1, in.readUnsignedByte());
        assertEquals(3, in.readInt());
        for (String expected : List.of("/bin/sh", "-c", "less")) {
            assertEquals(expected, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
        }
        assertEquals(1, in.readInt());
        assertEquals("HOME=/h", new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
        assertEquals("/work", new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
        assertEquals(-1, in.read());
    }

    @Test
    void aStringAnnouncedLargeButNeverSentAllocatesOnlyWhatArrived() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        write(out, Frames.MAGIC);
        writeInt(out, 1);
        writeInt(out, Frames.MAX_REQUEST - 64);   // announced: nearly 16 MiB
        write(out, "only this".getBytes(StandardCharsets.UTF_8));

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(EOFException.class, () -> Frames.readRequest(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 1 << 20, "allocated " + allocated + " bytes for 9 that arrived");
    }

    @Test
    void aRequestLargerThanTheCapIsRefusedWhateverItsShape() {
        String big = "x".repeat(1 << 20);
        List<String> many = java.util.Collections.nCopies(Frames.MAX_REQUEST / big.length() + 1, big);
        IOException tooMuch = assertThrows(IOException.class,
                () -> Frames.readRequest(new Request(many, List.of(), "/", 0, 022).stream()));
        assertTrue(tooMuch.getMessage().startsWith("bad request"), tooMuch.getMessage());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        write(out, Frames.MAGIC);
        writeInt(out, Integer.MAX_VALUE);         // a count no budget allows
        IOException count = assertThrows(IOException.class,
                () -> Frames.readRequest(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
        assertTrue(count.getMessage().contains("strings"), count.getMessage());
    }

    @Test
    void somethingElseThanAClientIsRefusedAtItsFirstBytes() {
        IOException e = assertThrows(IOException.class, () -> Frames.readRequest(
                new DataInputStream(new ByteArrayInputStream("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)))));
        assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    }

    /** A request as bin/wadb-client.c writes it. */
    private record Request(List<String> args, List<String> env, String directory, int terminals, int umask) {
        DataInputStream stream() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            write(out, Frames.MAGIC);
            strings(out, args);
            strings(out, env);
            string(out, directory);
            write(out, new byte[] {(byte) terminals});
            writeInt(out, umask);
            return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        }

        private static void strings(DataOutputStream out, List<String> list) {
            writeInt(out, list.size());
            list.forEach(s -> string(out, s));
        }

        static void string(DataOutputStream out, String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeInt(out, utf8.length);
            write(out, utf8);
        }
    }

    private static void write(DataOutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeInt(DataOutputStream out, int value) {
        try {
            out.writeInt(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
