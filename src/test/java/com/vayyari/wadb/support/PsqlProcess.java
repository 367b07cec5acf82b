package com.vayyari.wadb.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psql and wadb run with the same arguments and environment, for command lines {@link PsqlOracle} cannot express
 * (it chooses the database itself): positional DBNAME, connection strings, -l, -L. Both see only the
 * environment given here plus the test server's {@code PGHOST PGPORT PGUSER} and psql's fixed client settings.
 */
public final class PsqlProcess {

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private Path directory;

    private PsqlProcess(Path directory) {
        this.directory = directory;
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        env.put("PGHOST", server.host());
        env.put("PGPORT", Integer.toString(server.port()));
        env.put("PGUSER", server.user());
        env.put("PGCLIENTENCODING", "UTF8");
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        env.put("HOME", directory.toString());
    }

    /** Both programs run in {@code directory}, which is also their HOME (so no one's real rc file counts). */
    public static PsqlProcess in(Path directory) {
        return new PsqlProcess(directory);
    }

    public PsqlProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public PsqlProcess stdin(String text) {
        stdin = text;
        return this;
    }

    public PsqlOracle.Run psql(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("PSQL"));
        builder.environment().putAll(env);
        return run(builder, directory, stdin);
    }

    /** Starts {@code builder}, gives it {@code stdin}, and returns what it printed and its exit code. */
    static PsqlOracle.Run run(ProcessBuilder builder, Path directory, String stdin) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "psql", ".out");
        Path err = Files.createTempFile(directory, "psql", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // psql may exit (\\q, ON_ERROR_STOP) before reading all of its stdin
        }
        int code = process.waitFor();
        try {
            return new PsqlOracle.Run(code, Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    public PsqlOracle.Run wadb(String... args) {
        WadbRun run = WadbRun.wadb().in(directory).stdin(stdin);
        env.forEach(run::env);
        WadbRun.Result result = run.run(args);
        return new PsqlOracle.Run(result.exitCode(), result.out(), result.err());
    }
}
