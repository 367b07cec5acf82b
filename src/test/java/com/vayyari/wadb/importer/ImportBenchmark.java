package com.vayyari.wadb.importer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.ZoneId;

/**
 * Times one import of an export file, for {@code bench/import text}; not a test.
 * Usage: {@code ImportBenchmark JDBC_URL CHAT_JID FILE}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0])) {
            long start = System.nanoTime();
            ImportReport report = new ChatImporter(c).importFile(Path.of(args[2]), args[1], null,
                    new ParseOptions(ZoneId.of("UTC"), null, null), ImportOptions.defaults());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(report.summary());
            System.out.println("import_ms=" + millis);
        }
    }
}
