package com.vayyari.wadb.support;

import com.vayyari.wadb.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real {@code Main} in-process with given stdin, capturing stdout, stderr and the exit code. */
public final class WadbRun {

    /** What one run produced. */
    public record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();
    private Path directory = Path.of("").toAbsolutePath();
    private byte[] stdin = new byte[0];

    public static WadbRun wadb() {
        return new WadbRun();
    }

    public WadbRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public WadbRun in(Path workingDirectory) {
        this.directory = workingDirectory;
        return this;
    }

    public WadbRun stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public WadbRun stdin(byte[] bytes) {
        this.stdin = bytes.clone();
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, directory);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
