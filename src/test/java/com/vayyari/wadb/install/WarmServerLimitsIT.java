package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the warm server takes from a connection that is not a well-behaved client of its own user (issue 16, findings
 * 2 and 7): nothing from another user, a bounded request and a bounded wait from its own, and no file system held.
 */
class WarmServerLimitsIT extends WarmStartSupport {

    /** The greeting a server sends on accepting: 'A', length 4, protocol version. */
    private static final int GREETING = 9;

    /** Connects to {@code argv[1]} as user nobody and prints how many bytes the server sent before closing. */
    private static final String OTHER_USER = """
            import os, socket, sys
            os.setgroups([]); os.setgid(65534); os.setuid(65534)
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(sys.argv[1])
            s.sendall(b'WADB1')
            s.settimeout(20)
            got = b''
            try:
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    got += chunk
            except OSError:
                pass
            print('received', len(got), flush=True)
            """;

    /**
     * The socket's directory keeps other users out; should they get in all the same (a directory made reachable, a
     * hard link), the server asks the kernel who connected and says not a word to anyone but its own user.
     */
    @Test
    void aClientOfAnotherUserGetsNotAByte() throws Exception {
        Path dir = Files.createDirectories(home.resolve("other-user"));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        Path socket = awaitServerFor(dir);
        Map<Path, Set<PosixFilePermission>> opened = new LinkedHashMap<>();
        try {
            for (Path p = socket.getParent(); p.startsWith(runtime.getParent()) && !p.equals(runtime.getParent());
                 p = p.getParent()) {
                opened.put(p, Files.getPosixFilePermissions(p));
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx--x--x"));
            }
            opened.put(socket, Files.getPosixFilePermissions(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path script = Files.writeString(home.resolve("other_user.py"), OTHER_USER);
            Process other = new ProcessBuilder("python3", script.toString(), socket.toString())
                    .redirectErrorStream(true).start();
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, other.waitFor(), said);
            assertEquals("received 0\n", said, "the other user's connection was closed without a greeting");
        } finally {
            for (var restore : opened.entrySet()) {
                Files.setPosixFilePermissions(restore.getKey(), restore.getValue());
            }
        }
        assertEquals(new Result(0, "2\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 2"));
        assertTrue(servers().anyMatch(p -> servesCallsFrom(p, dir)), "the server still serves its own user");
    }

    /**
     * A connection of the server's own user that is greeted and then sends nothing used to keep the server from ever
     * idling out. Now it is declined once the request deadline passes (a 'D' frame, then the end), and the server
     * exits after its idle time as if the connection had never been.
     */
    @Test
    void aConnectionThatSendsNothingIsDeclinedAndDoesNotKeepTheServerUp() throws Exception {
        Path dir = Files.createDirectories(home.resolve("silent"));
        Map<String, String> shortIdle = Map.of("WADB_WARM_IDLE", "1");
        assertEquals(0, wadb(dir, shortIdle, "-c", "select 1").exitCode());
        Path socket = awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        try (SocketChannel silent = connect(socket)) {
            byte[] answer = readToEnd(silent);
            assertEquals(GREETING + 9, answer.length, "greeting and a DECLINED frame: " + answer.length + " bytes");
            assertEquals('A', answer[0]);
            assertEquals('D', answer[GREETING]);
        }
        await(() -> !server.isAlive(), "the server to idle out");
    }

    /**
     * Twelve connections that each announce a string of nearly 16 MiB and send a few bytes ran the server out of
     * memory: it allocated what was announced. Now a string takes what has arrived, the server stays small, goes on
     * serving, and declines the twelve when their deadline passes.
     */
    @Test
    void connectionsAnnouncingHugeStringsCostOnlyWhatTheySend() throws Exception {
        Path dir = Files.createDirectories(home.resolve("announcers"));
        assertEquals(0, wadb(dir, Map.of(), "-c", "select 1").exitCode());
        Path socket = awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        long before = residentKilobytes(server);
        List<SocketChannel> announcers = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                SocketChannel c = connect(socket);
                ByteBuffer request = ByteBuffer.allocate(64);
                request.put("WADB1".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt((16 << 20) - 64)
                        .put("a few bytes".getBytes(StandardCharsets.US_ASCII)).flip();
                c.write(request);
                announcers.add(c);
            }
            assertEquals(new Result(0, "3\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 3"),
                    "served while twelve requests hang");
            long grown = residentKilobytes(server) - before;
            assertTrue(grown < 128 * 1024, "the server grew by " + grown + " kB for twelve announced 16 MiB strings");
            for (SocketChannel c : announcers) {
                byte[] answer = readToEnd(c);
                assertEquals('D', answer[answer.length - 9], "each is declined in the end");
            }
        } finally {
            for (SocketChannel c : announcers) {
                c.close();
            }
        }
    }

    /**
     * A server no longer sits in the directory of the call that started it (which kept that file system from being
     * unmounted until the server idled out): it runs in /, serves calls from any directory, and resolves each call's
     * relative paths against that call's own directory, even one made after the server started.
     */
    @Test
    void theServerHoldsNoDirectoryAndServesEveryDirectoryAlike() throws Exception {
        Path first = Files.createDirectories(home.resolve("anywhere"));
        Map<String, String> sharedRuntime = Map.of("XDG_RUNTIME_DIR", runtimeFor(first).toString());
        assertEquals(0, wadb(first, sharedRuntime, "-c", "select 1").exitCode());
        awaitServerFor(first);
        ProcessHandle server = servers().filter(p -> servesCallsFrom(p, first)).findFirst().orElseThrow();
        assertEquals(Path.of("/"), Files.readSymbolicLink(Path.of("/proc", Long.toString(server.pid()), "cwd")));

        Path later = Files.createDirectories(home.resolve("made-later"));
        for (Path dir : List.of(first, later)) {
            Result run = wadb(dir, sharedRuntime, "-A", "-t", "-o", "out.txt", "-c", "select 'from " + dir.getFileName() + "'",
                    "-c", "\\copy (select 1) to 'copy.csv'");
            assertEquals(new Result(0, "", ""), run);
            assertEquals("from " + dir.getFileName() + "\nCOPY 1\n", Files.readString(dir.resolve("out.txt")));
            assertEquals("1\n", Files.readString(dir.resolve("copy.csv")));
        }
        assertEquals(List.of(server), servers().filter(p -> servesCallsFrom(p, first)).toList(),
                "one server served both directories");
        Path gone = Files.createDirectories(home.resolve("removed-after"));
        assertEquals(0, wadb(gone, sharedRuntime, "-c", "select 1").exitCode());
        Files.delete(gone);
        assertTrue(server.isAlive(), "removing a caller's directory does not disturb the server");
    }

    private static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
    }

    /** Everything the server sends until it closes (it must, within its request deadline). */
    private static byte[] readToEnd(SocketChannel channel) throws IOException {
        java.util.concurrent.CompletableFuture<byte[]> all = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return java.nio.channels.Channels.newInputStream(channel).readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            return all.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the server kept the connection open for a minute");
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    private static long residentKilobytes(ProcessHandle process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no VmRSS for " + process.pid());
    }
}
