package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the warm client trusts (issue 16): only a server of its own user, and only a server that answers. Both
 * cases end in a direct run of the command, with its real output.
 */
class WarmClientTrustIT extends WarmStartSupport {

    /**
     * Listens on {@code argv[1]} as user nobody (bound first, as root may, then listen()s under nobody's uid, which
     * is what SO_PEERCRED reports), answers as a warm server would and claims a result; prints how many bytes the
     * client sent it.
     */
    private static final String FAKE_SERVER = """
            import os, socket, struct, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(sys.argv[1])
            os.chmod(sys.argv[1], 0o777)
            os.setgroups([]); os.setgid(65534); os.setuid(65534)
            s.listen(8)
            print('listening', flush=True)
            c, _ = s.accept()
            got = b''
            try:
                # The client may have hung up already: it checks who listens before reading a byte.
                c.sendall(b'A' + struct.pack('>II', 4, 4))
                c.settimeout(5)
                while True:
                    chunk = c.recv(65536)
                    if not chunk:
                        break
                    got += chunk
            except OSError:
                pass
            try:
                c.sendall(b'O' + struct.pack('>I', 5) + b'FAKE\\n' + b'X' + struct.pack('>II', 4, 0))
            except OSError:
                pass
            print('received', len(got), flush=True)
            """;

    /** The audit's fake server got the caller's arguments and PGPASSWORD; now it gets nothing, and the command runs. */
    @Test
    void aSocketOfAnotherUserGetsNothingAndTheCommandRunsDirectly() throws Exception {
        Path dir = Files.createDirectories(home.resolve("fake"));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        Path socket = awaitServerFor(dir);
        ProcessHandle real = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        real.destroy();
        await(() -> !real.isAlive(), "the real server to stop");
        Files.deleteIfExists(socket);

        Path script = Files.writeString(home.resolve("fake_server.py"), FAKE_SERVER);
        Process fake = new ProcessBuilder("python3", script.toString(), socket.toString()).redirectErrorStream(true)
                .start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(fake.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("listening", said.readLine(), "the fake server is ready");
            Result call = wadb(dir, Map.of("PGPASSWORD", "hunter2"), "-A", "-t", "-c", "select 41 + 1");
            assertEquals(0, call.exitCode(), call.toString());
            assertEquals("42\n", call.out(), "the command ran for real");
            assertTrue(call.err().contains("not using the warm-start socket " + socket + ": it is not this user's"),
                    call.err());
            assertEquals("received 0", said.readLine(), "not one byte reached the other user's server");
        } finally {
            fake.destroyForcibly();
        }
    }

    /**
     * The audit's race, as user nobody: it owns the directory XDG_RUNTIME_DIR points into, and keeps swapping the
     * client's socket directory for one of its own holding a fake server of the same name, between the client's
     * check of the directory and its connect. Then 3 of 51 calls reached the fake server; now whichever socket a
     * call reaches, the kernel's word on the peer is checked first: every call gets its real result, and the fake
     * server gets not one byte.
     */
    @Test
    void aDirectorySwappedUnderTheClientNeverLeadsItToAnotherUsersServer() throws Exception {
        Path shared = Files.createTempDirectory(Path.of("/tmp"), "wadb-race-");
        try {
            assertEquals(0, new ProcessBuilder("chown", "65534:65534", shared.toString()).start().waitFor());
            Path dir = Files.createDirectories(home.resolve("race"));
            Map<String, String> env = Map.of("XDG_RUNTIME_DIR", shared.toString());
            assertEquals(new Result(0, "1\n", ""), wadb(dir, env, "-A", "-t", "-c", "select 1"));
            Path socket = awaitSocketUnder(shared.resolve("wadb"));
            Path script = Files.writeString(home.resolve("race.py"), RACER);
            Process racer = new ProcessBuilder("python3", script.toString(), shared.toString(),
                    socket.getFileName().toString()).redirectErrorStream(true).start();
            BufferedReader said = new BufferedReader(new InputStreamReader(racer.getInputStream(), StandardCharsets.UTF_8));
            try {
                assertEquals("racing", said.readLine(), "the racer is ready");
                for (int i = 0; i < 51; i++) {
                    Result call = wadb(dir, env, "-A", "-t", "-c", "select 41 + 1");
                    assertEquals(0, call.exitCode(), call.toString());
                    assertEquals("42\n", call.out(), "call " + i + " ran for real");
                }
            } finally {
                signal("TERM", racer.toHandle());  // it stops racing and says what it got (destroy() would close its output)
                racer.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            String report = said.lines().reduce("", (a, b) -> a + b + "\n");
            assertTrue(report.matches("(?s).*swaps [1-9][0-9]*\n.*"), "the racer swapped directories:\n" + report);
            assertTrue(report.contains("bytes 0\n"), "no byte reached the racer's server:\n" + report);
        } finally {
            ProcessHandle.allProcesses().filter(p -> commandLine(p).contains(shared.toString()))
                    .forEach(ProcessHandle::destroy);
            new ProcessBuilder("rm", "-rf", shared.toString()).start().waitFor();
        }
    }

    /**
     * As user nobody, in the directory {@code argv[1]} it owns: a fake server listening as {@code fake/argv[2]}, and
     * a loop renaming the client's {@code wadb} directory away and its own {@code fake} in its place and back. On
     * SIGTERM it prints how many swaps it made, how many connections it took and how many bytes it was sent.
     */
    private static final String RACER = """
            import os, signal, socket, sys, threading
            shared, name = sys.argv[1], sys.argv[2]
            os.setgroups([]); os.setgid(65534); os.setuid(65534)
            os.mkdir(os.path.join(shared, 'fake'), 0o755)
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind(os.path.join(shared, 'fake', name))
            os.chmod(os.path.join(shared, 'fake', name), 0o777)
            s.listen(64)
            counts = {'swaps': 0, 'connections': 0, 'bytes': 0}
            def serve():
                while True:
                    c, _ = s.accept()
                    counts['connections'] += 1
                    c.settimeout(2)
                    try:
                        c.sendall(b'A' + (4).to_bytes(4, 'big') + (4).to_bytes(4, 'big'))
                        while True:
                            chunk = c.recv(65536)
                            if not chunk:
                                break
                            counts['bytes'] += len(chunk)
                    except OSError:
                        pass
                    c.close()
            threading.Thread(target=serve, daemon=True).start()
            def report(*_):
                for k in ('swaps', 'connections', 'bytes'):
                    print(k, counts[k], flush=True)
                os._exit(0)
            signal.signal(signal.SIGTERM, report)
            # Four renames a round (this Python has no ctypes for renameat2's atomic exchange); errors, as when the
            # client has just made a new directory in the gap, are part of the race.
            w, real, fake = (os.path.join(shared, n) for n in ('wadb', 'real', 'fake'))
            print('racing', flush=True)
            while True:
                try:
                    os.rename(w, real)
                    os.rename(fake, w)
                    counts['swaps'] += 1
                    os.rename(w, fake)
                    os.rename(real, w)
                except OSError:
                    pass
            """;

    private static Path awaitSocketUnder(Path directory) throws Exception {
        Path[] found = new Path[1];
        await(() -> {
            found[0] = ProcessHandle.allProcesses()
                    .filter(p -> commandLine(p).contains("com.vayyari.wadb.warm.WarmServer"))
                    .map(WarmStartSupport::socketOf)
                    .filter(socket -> socket != null && socket.startsWith(directory) && Files.exists(socket))
                    .findFirst().orElse(null);
            return found[0] != null;
        }, "a warm server under " + directory);
        return found[0];
    }

    /**
     * The server outlives the call that started it: it keeps none of that caller's secrets in its environment
     * (only PATH, HOME and what the JVM reads), and the next call with other settings still gets its own.
     */
    @Test
    void theServerKeepsNoSecretOfTheCallerThatStartedIt() throws Exception {
        Path dir = Files.createDirectories(home.resolve("environ"));
        Map<String, String> secrets = Map.of("PGPASSWORD", "hunter2-first", "WADB_TOKEN_LIKE", "hunter2-wadb",
                "AWS_SECRET_ACCESS_KEY", "hunter2-aws");
        assertEquals(new Result(0, "1\n", ""), wadb(dir, secrets, "-A", "-t", "-c", "select 1"));
        awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        String environ = new String(Files.readAllBytes(Path.of("/proc", Long.toString(server.pid()), "environ")),
                StandardCharsets.UTF_8);
        assertFalse(environ.contains("hunter2"), environ.replace('\0', '\n'));
        assertFalse(environ.contains("VAYYARI_WA_DB_CONNECTION_STRING"), "the caller's URL stays with the caller");
        assertTrue(environ.contains("PATH="), "programs are still found");

        Result relayed = run(dir, Map.of("CALL_MARK", "second caller"), "\\getenv mark CALL_MARK\n\\echo :mark\n");
        assertEquals(new Result(0, "second caller\n", ""), relayed);
    }

    /**
     * Files a call creates get the caller's umask, warm or direct, as touch and mkdir give them: the -o file, a
     * \\copy file and the media an import extracts (the audit saw 0644 media warm under umask 077, and every
     * output file 0600 whatever the umask).
     */
    @Test
    void filesGetTheCallersUmaskWarmAndDirectAsTouchGivesThem() throws Exception {
        Path dir = Files.createDirectories(home.resolve("umask"));
        Path zip = dir.resolve("chat.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("_chat.txt"));
            out.write("[01/01/2024, 10:00:00] Asha: <attached: 00000001-PHOTO-2024-01-01.jpg>\n".getBytes(
                    StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("00000001-PHOTO-2024-01-01.jpg"));
            out.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        }
        Result setup = wadb(dir, Map.of(), "setup");  // the import needs the schema
        assertEquals(0, setup.exitCode(), setup.toString());
        awaitServerFor(dir);
        for (String umask : List.of("022", "077")) {
            assertEquals(0, shell(dir, Map.of(), umask, "touch ref-" + umask + "; mkdir refdir-" + umask).exitCode());
            String file = mode(dir.resolve("ref-" + umask));
            String directory = mode(dir.resolve("refdir-" + umask));
            for (String door : List.of("warm", "direct")) {
                Map<String, String> env = door.equals("warm") ? Map.of() : Map.of("WADB_WARM", "off");
                String tag = umask + "-" + door;
                String launcher = prefix.resolve("bin/wadb").toString();
                assertEquals(0, shell(dir, env, umask, launcher + " -A -t -c 'select 1' -o out-" + tag).exitCode());
                assertEquals(0, shell(dir, env, umask, launcher + " -c \"\\\\copy (select 1) to 'copy-" + tag + "'\"")
                        .exitCode());
                Result imported = shell(dir, env, umask, launcher + " import chat.zip --chat 120363000000000001@g.us"
                        + " --media-dir media-" + tag);
                assertEquals(0, imported.exitCode(), imported.toString());
                assertEquals(List.of(file, file, directory, file),
                        List.of(mode(dir.resolve("out-" + tag)), mode(dir.resolve("copy-" + tag)),
                                mode(dir.resolve("media-" + tag)),
                                mode(dir.resolve("media-" + tag).resolve("00000001-PHOTO-2024-01-01.jpg"))),
                        "umask " + umask + ", " + door + ": -o file, \\copy file, media directory, media file");
            }
        }
    }

    private static Result shell(Path dir, Map<String, String> env, String umask, String command) throws Exception {
        return runCommand(dir, env, "", List.of("sh", "-c", "umask " + umask + "; " + command));
    }

    private static String mode(Path path) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** The audit's symlinked .log truncated a file of the caller's; a server started now never opens it. */
    @Test
    void aLinkPlantedAsTheServersLogIsNotFollowed() throws Exception {
        Path dir = Files.createDirectories(home.resolve("log-link"));
        wadb(dir, Map.of(), "-A", "-t", "-c", "select 1");
        Path socket = awaitServerFor(dir);
        ProcessHandle first = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        first.destroy();
        await(() -> !first.isAlive(), "the first server to stop");
        Files.deleteIfExists(socket);
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        Path victim = Files.writeString(home.resolve("victim.txt"), "keep me\n");
        Files.deleteIfExists(log);
        Files.createSymbolicLink(log, victim);
        // An old link, so the client does not take it for a server starting right now (it waits 30 s after one).
        assertEquals(0, new ProcessBuilder("touch", "-h", "-d", "1 hour ago", log.toString()).start().waitFor());

        assertEquals(new Result(0, "2\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 2"));
        awaitServerFor(dir);
        assertEquals("keep me\n", Files.readString(victim), "the server's log did not follow the link");
        assertTrue(Files.isSymbolicLink(log));
    }

    /**
     * A stopped server's backlog fills after ~50 calls; the calls beyond it used to hang in connect() for ever. Now
     * a full backlog is a direct run at once, and a call the stopped server took waits 5 s for its greeting and
     * then runs directly: every call ends by itself, with the right output.
     */
    @Test
    void sixtyCallsAgainstAStoppedServerAllFinish() throws Exception {
        Path dir = Files.createDirectories(home.resolve("stopped"));
        wadb(dir, Map.of(), "-A", "-t", "-c", "select 1");
        awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> servesCallsFrom(p, dir)).findFirst().orElseThrow();
        signal("STOP", server);
        try {
            List<Launched> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                calls.add(launch(dir, Map.of(), true, "--version"));
            }
            for (Launched call : calls) {
                Result result = call.finish();  // fails the test if a call is still waiting after 120 s
                assertEquals(0, result.exitCode(), result.toString());
                assertTrue(result.out().startsWith("wadb "), result.toString());
            }
        } finally {
            signal("CONT", server);
            server.destroy();
        }
    }
}
