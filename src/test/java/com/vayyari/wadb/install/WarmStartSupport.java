package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the warm start's tests share: the launcher installed by {@code install.sh} from the jar the build made, a
 * database, and ways to call the launcher and find the servers it starts. Each test class gets its own install,
 * runtime directory and home (the fields are set again for each), so its servers are its own; the classes run one
 * after another, as failsafe runs them.
 */
abstract class WarmStartSupport {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    static Path prefix;

    @TempDir
    static Path runtime;

    @TempDir
    static Path home;

    @BeforeAll
    static void install() throws Exception {
        InstalledLauncher.installInto(prefix);
        db.execute("CREATE TABLE numbers AS SELECT n FROM generate_series(1, 5) n");
    }

    @AfterAll
    static void stopServers() {
        servers().forEach(ProcessHandle::destroy);
    }

    /** A call's input and arguments (a class, not a record: the test classes read its fields). */
    static final class Call {
        final String stdin;
        final String[] args;

        Call(String stdin, String... args) {
            this.stdin = stdin;
            this.args = args;
        }
    }

    record Result(int exitCode, String out, String err) {
    }

    /** A launcher started and the readers of its output (a class, not a record: tests reach its process). */
    static final class Launched {
        final Process process;
        final CompletableFuture<String> out;
        final CompletableFuture<String> err;

        Launched(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        Result finish() throws Exception {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("wadb did not exit");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        }
    }

    static Result wadb(Path dir, Map<String, String> env, String... args) throws Exception {
        return run(dir, env, "", args);
    }

    static Result run(Path dir, Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/wadb").toString()));
        command.addAll(List.of(args));
        return runCommand(dir, env, stdin, command);
    }

    static Result runCommand(Path dir, Map<String, String> env, String stdin, List<String> command)
            throws Exception {
        Launched launched = start(dir, env, command, true);
        try (OutputStream in = launched.process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // wadb did not read it all (it stopped at an error): its exit code says how
        }
        return launched.finish();
    }

    /** Starts the launcher with stdin closed; unless {@code readOut}, stdout is the caller's to read. */
    static Launched launch(Path dir, Map<String, String> env, boolean readOut, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/wadb").toString()));
        command.addAll(List.of(args));
        Launched launched = start(dir, env, command, readOut);
        launched.process.getOutputStream().close();
        return launched;
    }

    static Launched start(Path dir, Map<String, String> extraEnv, List<String> command, boolean readOut)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("WADB_") || name.startsWith("LC_"));
        env.put("VAYYARI_WA_DB_CONNECTION_STRING", db.url());
        env.put("XDG_RUNTIME_DIR", runtimeFor(dir).toString());
        env.put("WADB_WARM_IDLE", "30");
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        env.putAll(new HashMap<>(extraEnv));
        Process process = builder.start();
        CompletableFuture<String> out = readOut ? read(process.getInputStream()) : CompletableFuture.completedFuture("");
        return new Launched(process, out, read(process.getErrorStream()));
    }

    static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /**
     * The runtime directory (so the socket directory, so the server) of the calls made from {@code dir}. A server
     * serves every directory alike; the tests give each directory a server of its own, so that one test's server
     * cannot be another's.
     */
    static Path runtimeFor(Path dir) {
        try {
            return Files.createDirectories(runtime.resolve(dir.getFileName().toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for the server started by a call from {@code dir} to answer; returns its socket. */
    static Path awaitServerFor(Path dir) throws Exception {
        Path[] found = new Path[1];
        await(() -> {
            found[0] = servers().filter(p -> servesCallsFrom(p, dir)).map(WarmStartSupport::socketOf)
                    .filter(socket -> socket != null && Files.exists(socket)).findFirst().orElse(null);
            return found[0] != null;
        }, "a warm server for " + dir);
        return found[0];
    }

    /** Whether {@code process} is the server of the calls from {@code dir}: its socket is in their runtime directory. */
    static boolean servesCallsFrom(ProcessHandle process, Path dir) {
        Path socket = socketOf(process);
        return socket != null && socket.startsWith(runtimeFor(dir));
    }

    /** The socket a server listens on: the argument after its class name. */
    static Path socketOf(ProcessHandle server) {
        List<String> words = List.of(commandLine(server).split(" "));
        int at = words.indexOf("com.vayyari.wadb.warm.WarmServer");
        return at < 0 || at + 1 >= words.size() ? null : Path.of(words.get(at + 1));
    }

    /** The warm servers of this class (their command line names a socket under its runtime directory). */
    static Stream<ProcessHandle> servers() {
        return ProcessHandle.allProcesses().filter(p -> {
            String line = commandLine(p);
            return line.contains("com.vayyari.wadb.warm.WarmServer")
                    && (line.contains(runtime.toString()) || line.contains(home.toString()));
        });
    }

    static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    static void signal(String name, ProcessHandle process) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor());
    }

    static int sleepers() {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%warm_start_sleeper%' AND pid <> pg_backend_pid()"
                        + " AND state = 'active'")) {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
