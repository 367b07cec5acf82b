package com.vayyari.wadb.support;

import com.vayyari.wadb.support.TestDatabase.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs psql, pg_dump and other programs for comparison tests. */
public final class Processes {

    /** A finished process. */
    public record Result(int exitCode, String out, String err) {
    }

    private Processes() {
    }

    public static Result run(List<String> command, String stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGCLIENTENCODING", "UTF8");
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().remove("PGPASSWORD");
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** psql -X against {@code database} on the test server, with extra arguments. */
    public static Result psql(String database, String... args) throws IOException, InterruptedException {
        return psqlWithInput(database, null, args);
    }

    public static Result psqlWithInput(String database, String stdin, String... args) throws IOException, InterruptedException {
        TestServer server = TestServer.get();
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", server.user(), "-d", database));
        command.addAll(List.of(args));
        return run(command, stdin);
    }

    /** {@code pg_dump --schema-only} of a test database, for before/after comparisons. */
    public static String pgDumpSchema(String database) throws IOException, InterruptedException {
        TestServer server = TestServer.get();
        Result dump = run(List.of("pg_dump", "--schema-only", "--no-owner", "-h", server.host(), "-p",
                String.valueOf(server.port()), "-U", server.user(), database), null);
        if (dump.exitCode() != 0) {
            throw new IOException("pg_dump failed: " + dump.err());
        }
        // pg_dump 15.14+ brackets its output with \\restrict KEY lines whose key is random per run.
        return dump.out().replaceAll("(?m)^\\\\(un)?restrict .*$", "");
    }
}
