package com.vayyari.wadb.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Times parsing alone (both passes, no database) of export files, for comparing parser changes; not a test.
 * Usage: {@code ParseBenchmark RUNS FILE...}; prints the best run per file.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        for (int f = 1; f < args.length; f++) {
            Path file = Path.of(args[f]);
            long best = Long.MAX_VALUE;
            long messages = 0;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                messages = 0;
                try (ParsedExport export = new ChatExportParser(ParseOptions.defaults(ZoneId.of("UTC")))
                        .open(ExportSource.file(file))) {
                    while (export.hasNext()) {
                        export.next();
                        messages++;
                    }
                }
                best = Math.min(best, System.nanoTime() - start);
            }
            double mb = Files.size(file) / 1e6;
            System.out.printf("%s: %d messages, %.1f MB, best of %d: %d ms (%.1f MB/s)%n", file.getFileName(), messages,
                    mb, runs, best / 1_000_000, mb / (best / 1e9));
        }
    }
}
