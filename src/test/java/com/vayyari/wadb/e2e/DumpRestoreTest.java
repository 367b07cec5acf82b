package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.PsqlOracle;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pg_dump writes is the psql script people most often feed a shell: {@code \restrict}, COPY data inline up to
 * {@code \.}, set_config and setval results. Restored through {@code wadb -f}, a seeded database dumps the same again.
 */
class DumpRestoreTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @Test
    void aPlainDumpRestoredThroughWadbDumpsTheSameAgain() throws Exception {
        Result seeded = wadb().run("--url", db.url(), "generate", "--chats", "4", "--messages", "200", "--seed", "5");
        assertEquals(0, seeded.exitCode(), seeded.err());
        String dump = pgDump(db.name());
        Path file = dir.resolve("dump.sql");
        Files.writeString(file, dump);

        String copy = db.name() + "_restored";
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + copy);
            s.execute("create database " + copy);
        }
        try {
            Result restored = wadb().run("--url", server.url(copy), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString());
            assertEquals(0, restored.exitCode(), restored.err());
            assertEquals(withoutRestrictKeys(dump), withoutRestrictKeys(pgDump(copy)));
        } finally {
            try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + copy + " with (force)");
            }
        }
        // And what the restore prints is what psql prints for it.
        PsqlOracle.script(dump).args("-q", "-v", "ON_ERROR_STOP=1").viaFile().assertSame();
    }

    /** pg_dump puts a fresh random key on its restrict and unrestrict lines each time. */
    private static String withoutRestrictKeys(String dump) {
        return dump.lines().filter(line -> !line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict "))
                .collect(Collectors.joining("\n"));
    }

    private static String pgDump(String database) throws IOException, InterruptedException, SQLException {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        Process process = new ProcessBuilder(List.of("pg_dump", "-h", server.host(), "-p", Integer.toString(server.port()),
                "-U", server.user(), "--format=plain", database)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pg_dump failed");
        return out;
    }
}
