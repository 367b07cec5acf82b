package com.vayyari.wadb.output;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The oracle: runs the real psql against a test database and returns what it prints, as UTF-8 text. */
final class Psql {

    /** Both psql and the JDBC session use this zone, so timestamptz text is the same on both sides. */
    static final String TIME_ZONE = "Asia/Kolkata";

    private Psql() {
    }

    /** {@code psql -X [options] -c command} on {@code db}; fails the test when psql exits non-zero. */
    static String run(TestDatabase db, String command, String... options) throws IOException, InterruptedException {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        List<String> args = new ArrayList<>(List.of("psql", "-X", "-h", server.host(), "-p",
                Integer.toString(server.port()), "-U", server.user(), "-d", db.name()));
        args.addAll(Arrays.asList(options));
        args.add("-c");
        args.add(command);
        ProcessBuilder builder = new ProcessBuilder(args);
        Map<String, String> env = builder.environment();
        env.put("PGCLIENTENCODING", "UTF8");
        env.put("LANG", "C.UTF-8");
        env.put("LC_ALL", "C.UTF-8");
        env.put("PGTZ", TIME_ZONE);
        env.remove("PSQLRC");
        env.remove("PGOPTIONS");
        Path errors = Files.createTempFile("wadb-psql-", ".err");
        try {
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new AssertionError("psql exited " + exit + ": " + Files.readString(errors));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
