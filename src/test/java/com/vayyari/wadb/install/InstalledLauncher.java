package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * wadb installed by install.sh into a prefix of a test's own, called as a script calls it (stdin a pipe),
 * with warm servers whose sockets live under a runtime directory of that test's own.
 */
final class InstalledLauncher {

    private static final Path JAR = Path.of("target", "wadb.jar").toAbsolutePath();

    private final Path prefix;
    private final Path runtime;
    private final Map<String, String> baseEnv;

    private InstalledLauncher(Path prefix, Path runtime, Map<String, String> baseEnv) {
        this.prefix = prefix;
        this.runtime = runtime;
        this.baseEnv = baseEnv;
    }

    /** What one call printed and how it exited. */
    record Result(int exitCode, String out, String err) {
    }

    /**
     * Installs the built jar into {@code prefix}. Every call gets {@code baseEnv} over the test JVM's
     * environment with PG*, WADB_*, LC_* and XDG_* taken out, so nothing of the machine's leaks in.
     */
    static InstalledLauncher install(Path prefix, Path runtime, Map<String, String> baseEnv) throws Exception {
        installInto(prefix);
        return new InstalledLauncher(prefix, runtime, Map.copyOf(baseEnv));
    }

    /** Runs install.sh with the jar the build made into {@code prefix}, and checks it built the warm client. */
    static void installInto(Path prefix) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the integration tests through mvn verify");
        Process install = new ProcessBuilder("bash", Path.of("install.sh").toAbsolutePath().toString(),
                "--prefix", prefix.toString(), "--jar", JAR.toString(), "--no-setup")
                .redirectErrorStream(true).start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, install.waitFor(), log);
        assertTrue(Files.isExecutable(prefix.resolve("lib/wadb/wadb-client")), "install.sh built no client:\n" + log);
    }

    /**
     * Runs {@code bin/wadb ARGS} in {@code dir} with stdin {@code stdin}; {@code env} goes over the base
     * environment, and a variable mapped to "" there is removed.
     */
    Result run(Path dir, Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/wadb").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> all = builder.environment();
        all.keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("WADB_") || name.startsWith("LC_")
                || name.startsWith("XDG_"));
        all.putAll(baseEnv);
        all.put("XDG_RUNTIME_DIR", runtime.toString());
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                all.remove(name);
            } else {
                all.put(name, value);
            }
        });
        Process process = builder.start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // wadb did not read it all: its exit code says why
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("wadb did not exit: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** Waits until a warm server started from {@code dir} answers on its socket; returns it. */
    ProcessHandle awaitServerFor(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            List<ProcessHandle> ready = serversIn(dir).stream().filter(p -> {
                Path socket = socketOf(p);
                return socket != null && Files.exists(socket);
            }).toList();
            if (!ready.isEmpty()) {
                return ready.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for a warm server for " + dir);
            }
            Thread.sleep(50);
        }
    }

    /** The live warm servers of this launcher whose working directory is {@code dir}. */
    List<ProcessHandle> serversIn(Path dir) {
        return servers().filter(p -> workingDirectoryIs(p, dir)).toList();
    }

    /** Stops this launcher's warm servers (they would otherwise idle out on their own). */
    void stopServers() {
        servers().forEach(ProcessHandle::destroy);
    }

    private Stream<ProcessHandle> servers() {
        return ProcessHandle.allProcesses().filter(p -> {
            String line = commandLine(p);
            return line.contains("com.vayyari.wadb.warm.WarmServer") && line.contains(runtime.toString());
        });
    }

    private static boolean workingDirectoryIs(ProcessHandle process, Path dir) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).equals(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The socket a server listens on: the argument after its class name. */
    private static Path socketOf(ProcessHandle server) {
        List<String> words = List.of(commandLine(server).split(" "));
        int at = words.indexOf("com.vayyari.wadb.warm.WarmServer");
        return at < 0 || at + 1 >= words.size() ? null : Path.of(words.get(at + 1));
    }

    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
