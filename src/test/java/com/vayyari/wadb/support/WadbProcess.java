package com.vayyari.wadb.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * wadb in a child JVM of its own, driven over stdin as a script or a pipe would drive it: for what an
 * in-process run cannot show — the driver reading {@code PGPASSFILE} or {@code ~/.pgpass} from the real
 * environment, stdout going to a file on a full disk, several processes at once. The child's environment is
 * only what the test gives (plus {@code PATH}), so nothing leaks in from the test machine.
 */
public final class WadbProcess implements AutoCloseable {

    /** A finished run. {@code err} is without the SLF4J lines of the test class path (the jar has no SLF4J). */
    public record Result(int exitCode, String out, String err) {
    }

    private final Process process;
    private final Writer stdin;
    private final BufferedReader stdout;
    private final CompletableFuture<String> stderr;

    private WadbProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.stderr = drain(() -> withoutSlf4j(readAll(process.getErrorStream())));
    }

    /** Starts {@code java [jvmOptions] com.vayyari.wadb.Main args} with exactly {@code env}. */
    public static WadbProcess start(Map<String, String> env, List<String> jvmOptions, List<String> args)
            throws IOException {
        return new WadbProcess(builder(env, jvmOptions, args).start());
    }

    /** Like {@link #start}, with stdout going straight to {@code file} (as {@code wadb ... > file} does). */
    public static WadbProcess startWithStdoutTo(Path file, Map<String, String> env, List<String> args)
            throws IOException {
        return new WadbProcess(builder(env, List.of(), args).redirectOutput(file.toFile()).start());
    }

    /** Runs to the end with {@code input} on stdin. */
    public static Result run(Map<String, String> env, List<String> jvmOptions, String input, String... args)
            throws IOException, InterruptedException {
        try (WadbProcess wadb = start(env, jvmOptions, List.of(args))) {
            CompletableFuture<String> out = drain(() -> readAll(wadb.process.getInputStream()));
            wadb.write(input);
            int code = wadb.finish(60);
            return new Result(code, out.join(), wadb.err());
        }
    }

    private static ProcessBuilder builder(Map<String, String> env, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start-up speed over peak speed: these processes each run a short script.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.vayyari.wadb.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(env);
        return builder;
    }

    /** Writes to stdin and flushes. */
    public WadbProcess write(String text) throws IOException {
        try {
            stdin.write(text);
            stdin.flush();
        } catch (IOException e) {
            if (!process.isAlive()) {
                throw new AssertionError("wadb had ended (exit " + process.exitValue() + ") before reading: "
                        + err(), e);
            }
            throw e;
        }
        return this;
    }

    /**
     * Writes to stdin unless wadb has ended already: for input that may come after wadb has found a reason to stop
     * on its own (a server gone while the last result was being closed).
     */
    public WadbProcess writeIfRunning(String text) throws IOException {
        try {
            stdin.write(text);
            stdin.flush();
        } catch (IOException e) {
            if (process.isAlive()) {
                throw e;
            }
        }
        return this;
    }

    /** The next line of stdout (blocks). */
    public String readLine() throws IOException {
        return stdout.readLine();
    }

    /** Stops reading stdout, as {@code | head -1} does once it has its line. */
    public void closeStdout() throws IOException {
        stdout.close();
    }

    /** Closes stdin and waits for the exit code. */
    public int finish(long seconds) throws InterruptedException {
        try {
            stdin.close();
        } catch (IOException exited) {
            // wadb stopped reading and ended already (an error in a script): its exit code says how.
        }
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("wadb did not exit within " + seconds + " s");
        }
        return process.exitValue();
    }

    /** All of stderr; call after {@link #finish}. */
    public String err() {
        return stderr.join();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /**
     * Reads a stream on a thread of its own: blocking reads must not wait for a shared pool's threads, or with
     * several processes one of them fills its pipe and stops.
     */
    private static CompletableFuture<String> drain(java.util.function.Supplier<String> reading) {
        return CompletableFuture.supplyAsync(reading, task -> {
            Thread thread = new Thread(task, "wadb-process-reader");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static String withoutSlf4j(String text) {
        return text.lines().filter(line -> !line.startsWith("SLF4J:"))
                .map(line -> line + "\n").collect(Collectors.joining());
    }

    private static String readAll(InputStream in) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
