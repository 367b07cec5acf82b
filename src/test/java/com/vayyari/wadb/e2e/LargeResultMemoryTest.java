package com.vayyari.wadb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Results stream: a million rows go through a 64 MB heap in every streaming format and in the table format. */
class LargeResultMemoryTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path dir;

    private static final String QUERY = "select g as id, 'message number ' || g as content, g % 7 = 0 as flag "
            + "from generate_series(1, 1000000) g";

    @Test
    void aMillionRowsToCsvJsonAndTableInA64MegabyteHeap() throws Exception {
        for (String format : List.of("csv", "ndjson", "table")) {
            Path out = dir.resolve("out." + format);
            Processes.Result run = Processes.run(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), "com.vayyari.wadb.Main",
                    "--url", db.url(), "--format", format, "-o", out.toString(), "-c", QUERY), null);
            assertEquals(0, run.exitCode(), format + ": " + run.err());
            long lines;
            try (var stream = Files.lines(out)) {
                lines = stream.count();
            }
            long expected = switch (format) {
                case "csv" -> 1_000_001;
                case "ndjson" -> 1_000_000;
                default -> 1_000_000 + 4;
            };
            assertEquals(expected, lines, format);
        }
    }
}
