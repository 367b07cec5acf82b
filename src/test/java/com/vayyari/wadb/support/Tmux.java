package com.vayyari.wadb.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A real terminal for REPL tests: a detached tmux session running the built jar. Text is sent literally
 * ({@code send-keys -l}), so a trailing {@code ;} is typed, not taken as a tmux command separator.
 */
public final class Tmux implements AutoCloseable {

    private final String name = "wadb-it-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);

    private Tmux() {
    }

    public static boolean available() {
        try {
            return Processes.run(List.of("tmux", "-V"), null).exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The built launcher jar, as {@code mvn package} leaves it. */
    public static Path jar() {
        return Path.of("target", "wadb.jar").toAbsolutePath();
    }

    /** Starts {@code java -jar target/wadb.jar ARGS} in a 160x40 terminal with {@code env} set. */
    public static Tmux start(Map<String, String> env, String... args) throws IOException, InterruptedException {
        if (!Files.exists(jar())) {
            throw new IOException("run `mvn package` first: " + jar() + " is missing");
        }
        return launch(env, List.of(java(), "-jar", jar().toString()), args);
    }

    /** Starts {@code program ARGS} (an installed launcher, say) in a 160x40 terminal with {@code env} set. */
    public static Tmux startProgram(Map<String, String> env, Path program, String... args)
            throws IOException, InterruptedException {
        return launch(env, List.of(program.toString()), args);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts wadb from the test class path ({@code java -cp … com.vayyari.wadb.Main ARGS}), for tests that run in
     * {@code mvn test}, before there is a jar.
     */
    public static Tmux startFromClassPath(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launch(env, List.of(java(), "-cp", System.getProperty("java.class.path"), "com.vayyari.wadb.Main"), args);
    }

    private static Tmux launch(Map<String, String> env, List<String> program, String... args)
            throws IOException, InterruptedException {
        Tmux tmux = new Tmux();
        StringBuilder command = new StringBuilder("env");
        env.forEach((k, v) -> command.append(' ').append(k).append('=').append(quote(v)));
        for (String word : program) {
            command.append(' ').append(quote(word));
        }
        for (String arg : args) {
            command.append(' ').append(quote(arg));
        }
        List<String> tmuxCommand = new ArrayList<>(List.of("tmux", "new-session", "-d", "-s", tmux.name, "-x", "160",
                "-y", "40", command.toString()));
        Processes.Result started = Processes.run(tmuxCommand, null);
        if (started.exitCode() != 0 && started.err().contains("server exited unexpectedly")) {
            // The previous test's last session just ended and its tmux server was still shutting down.
            Thread.sleep(300);
            started = Processes.run(tmuxCommand, null);
        }
        if (started.exitCode() != 0) {
            throw new IOException("tmux failed: " + started.err());
        }
        return tmux;
    }

    /** Types {@code text} literally (no Enter). */
    public Tmux type(String text) throws IOException, InterruptedException {
        // tmux reads an argument ending in ';' as a command separator, even with -l; "\\;" is the literal.
        String argument = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
        send(List.of("tmux", "send-keys", "-t", name, "-l", argument));
        return this;
    }

    /** Presses keys by tmux name: {@code Enter}, {@code C-c}, {@code C-d}, {@code Tab}. */
    public Tmux press(String... keys) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "send-keys", "-t", name));
        command.addAll(List.of(keys));
        send(command);
        return this;
    }

    /** Keys tmux did not deliver fail the test here, not as a wait for an echo that cannot come. */
    private static void send(List<String> command) throws IOException, InterruptedException {
        Processes.Result sent = Processes.run(command, null);
        if (sent.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + sent.err());
        }
    }

    /** Types a line and presses Enter. */
    public Tmux line(String text) throws IOException, InterruptedException {
        return type(text).press("Enter");
    }

    /** Resizes the window, as a user dragging its corner: the program gets SIGWINCH. */
    public Tmux resize(int columns, int rows) throws IOException, InterruptedException {
        Processes.run(List.of("tmux", "resize-window", "-t", name, "-x", Integer.toString(columns), "-y",
                Integer.toString(rows)), null);
        return this;
    }

    public String screen() throws IOException, InterruptedException {
        return Processes.run(List.of("tmux", "capture-pane", "-p", "-t", name), null).out();
    }

    /** The screen with escape sequences, to check colours. */
    public String screenWithEscapes() throws IOException, InterruptedException {
        return Processes.run(List.of("tmux", "capture-pane", "-p", "-e", "-t", name), null).out();
    }

    /** Waits until the screen satisfies {@code condition}; returns the screen, or fails after {@code millis}. */
    public String waitFor(Predicate<String> condition, long millis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting; screen was:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Waits until the program has ended and its session with it; fails after {@code millis}. */
    public void waitUntilEnded(long millis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (running()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("still running; screen was:\n" + screen());
            }
            Thread.sleep(50);
        }
    }

    public boolean running() throws IOException, InterruptedException {
        return Processes.run(List.of("tmux", "has-session", "-t", name), null).exitCode() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Processes.run(List.of("tmux", "kill-session", "-t", name), null);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
