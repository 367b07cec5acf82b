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
        builder.environment().clear();
        builder.environment().putAll(callEnvironment(env));
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

    /** The environment of a call: {@code env} over the base over this JVM's own, without its PG*, WADB_*, LC_*, XDG_*. */
    private Map<String, String> callEnvironment(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(System.getenv());
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
        return all;
    }

    /**
     * Waits until the warm server for calls with {@code env} (over the base environment, as {@link #run} takes it)
     * answers on its socket; returns it.
     */
    ProcessHandle awaitServerFor(Map<String, String> env) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<ProcessHandle> ready = serversFor(env).stream().filter(p -> {
                Path socket = socketOf(p);
                return socket != null && Files.exists(socket);
            }).toList();
            if (!ready.isEmpty()) {
                return ready.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for a warm server for " + env);
            }
            Thread.sleep(50);
        }
    }

    /**
     * The live servers that calls with {@code env} go to: a server is picked by the variables the client puts in its
     * socket's name (bin/wadb-client.c's key_variables), and keeps exactly those of the call that started it.
     */
    List<ProcessHandle> serversFor(Map<String, String> env) {
        Map<String, String> call = callEnvironment(env);
        return serverProcesses().filter(p -> {
            Map<String, String> server = environmentOf(p);
            return KEY_VARIABLES.stream().allMatch(name -> java.util.Objects.equals(server.get(name), call.get(name)));
        }).toList();
    }

    /** Every live warm server of this launcher. */
    List<ProcessHandle> servers() {
        return serverProcesses().toList();
    }

    /** Stops this launcher's warm servers (they would otherwise idle out on their own). */
    void stopServers() {
        serverProcesses().forEach(ProcessHandle::destroy);
    }

    private Stream<ProcessHandle> serverProcesses() {
        return ProcessHandle.allProcesses().filter(p -> {
            String line = commandLine(p);
            return line.contains("com.vayyari.wadb.warm.WarmServer") && line.contains(runtime.toString());
        });
    }

    /** The names in the client's key_variables table, read from its source so that the two cannot drift apart. */
    private static final List<String> KEY_VARIABLES = keyVariables();

    private static List<String> keyVariables() {
        try {
            String source = Files.readString(Path.of("bin", "wadb-client.c"));
            java.util.regex.Matcher table = java.util.regex.Pattern
                    .compile("key_variables\\[\\] = \\{([^}]*)\\}").matcher(source);
            assertTrue(table.find(), "no key_variables table in bin/wadb-client.c");
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"([A-Z_]+)\"").matcher(table.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
            assertTrue(names.contains("TZ"), "key_variables as read: " + names);
            return List.copyOf(names);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> environmentOf(ProcessHandle process) {
        Map<String, String> env = new java.util.HashMap<>();
        try {
            String all = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ")),
                    StandardCharsets.UTF_8);
            for (String entry : all.split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    env.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            // gone: it matches nothing
        }
        return env;
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
