package com.vayyari.wadb.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The samples of {@code ../shared/wa-public/} and what MANIFEST.md (and the two expected.json files it points
 * to) says each must import to. Only what the manifest states is expected; a figure it leaves out is not checked,
 * except unreadable lines, which are 0 unless stated (every file there is meant to import cleanly).
 */
final class WaPublicCorpus {

    /** Where the corpus lives, relative to the project (Maven runs tests in the project directory). */
    static final Path DIR = Path.of(System.getProperty("wadb.corpus", "../shared/wa-public"));

    /** rwhatsapp vectors with no fixed expectation in the manifest ("were not judged"). */
    private static final Set<Integer> UNJUDGED_VECTORS = Set.of(50, 62, 63);

    /**
     * What one sample must import to; null fields are not stated.
     *
     * @param authors        sender name to message count, or null
     * @param authorCount    number of distinct senders, or null
     * @param times          each message's expected epoch second in order, with {@code tolerance}, or null
     * @param fileNames      attachment file names the import must keep, or null
     */
    record Expected(Long messages, Map<String, Long> authors, Long authorCount, Long first, Long last,
            Long multiline, Long media, Long waLines, long unreadable, List<Long> times, long tolerance,
            List<String> fileNames) {
    }

    record Sample(String name, Path file, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private WaPublicCorpus() {
    }

    /** All judged samples: the manifest's table rows, the rwhatsapp vectors and the Pustur one-line formats. */
    static List<Sample> samples() {
        if (!Files.isRegularFile(DIR.resolve("MANIFEST.md"))) {
            throw new AssertionError("the wa-public corpus is missing: no " + DIR.toAbsolutePath().normalize()
                    + "/MANIFEST.md (set -Dwadb.corpus=DIR to point elsewhere)");
        }
        List<Sample> samples = new ArrayList<>(tableRows());
        samples.addAll(vectors());
        samples.addAll(pusturFormats());
        return samples;
    }

    private static List<Sample> tableRows() {
        List<Sample> rows = new ArrayList<>();
        for (String line : lines(DIR.resolve("MANIFEST.md"))) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String name = cells[1].trim().replace("`", "");
            rows.add(new Sample(name, DIR.resolve(name), tableExpectation(name, cells[4].trim())));
        }
        return rows;
    }

    private static Expected tableExpectation(String name, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        Map<String, Long> authors = null;
        Long authorCount = null;
        String a = fields.get("authors");
        if (a != null && a.matches("\\d+")) {
            authorCount = Long.parseLong(a);
        } else if (a != null) {
            authors = new LinkedHashMap<>();
            for (String entry : a.split(", ")) {
                int space = entry.lastIndexOf(' ');
                authors.put(entry.substring(0, space), Long.parseLong(entry.substring(space + 1)));
            }
        }
        List<String> fileNames = name.equals("pustur/attachments.txt") ? pusturFileNames() : null;
        return new Expected(number(fields.get("messages")), authors, authorCount, time(fields.get("first")),
                time(fields.get("last")), number(fields.get("multiline")), number(fields.get("media")),
                number(fields.get("WA lines")), fields.containsKey("unreadable") ? Long.parseLong(fields.get("unreadable")) : 0,
                null, 0, fileNames);
    }

    private static List<Sample> vectors() {
        List<Sample> samples = new ArrayList<>();
        for (JsonNode v : json(DIR.resolve("rwhatsapp/vectors/expected.json"))) {
            int n = v.get("n").asInt();
            if (UNJUDGED_VECTORS.contains(n)) {
                continue;
            }
            // The manifest's default authors; vector 55 (French) opens with WhatsApp's notice, then XXX writes.
            List<Long> times = new ArrayList<>();
            Map<String, Long> authors = n == 55 ? Map.of("XXX", 1L) : Map.of("Johannes Gruber", 1L, "R", 1L);
            JsonNode epochs = v.get("expected_epoch");
            int skip = n == 55 ? 1 : 0;
            for (int i = skip; i < epochs.size(); i++) {
                times.add(Math.round(epochs.get(i).asDouble()));
            }
            String name = "rwhatsapp/vectors/rwa_" + String.format("%02d", n) + ".txt";
            samples.add(new Sample(name, DIR.resolve(name), new Expected((long) times.size(), authors, null, null,
                    null, null, null, null, 0, times, v.get("tolerance_s").asLong(), null)));
        }
        return samples;
    }

    private static List<Sample> pusturFormats() {
        List<Sample> samples = new ArrayList<>();
        for (JsonNode entry : json(DIR.resolve("pustur/expected.json"))) {
            String file = entry.get("file").asText();
            if (!file.matches(".*/format\\d+\\.txt")) {
                continue;
            }
            String name = file.substring(file.indexOf("pustur/"));
            long at = java.time.Instant.parse(entry.get("expected").asText()).getEpochSecond();
            samples.add(new Sample(name, DIR.resolve(name), new Expected(1L, Map.of("a", 1L), null, at, at, 0L,
                    0L, 0L, 0, List.of(at), 0, null)));
        }
        return samples;
    }

    private static List<String> pusturFileNames() {
        for (JsonNode entry : json(DIR.resolve("pustur/expected.json"))) {
            if (entry.get("file").asText().endsWith("attachments.txt")) {
                List<String> names = new ArrayList<>();
                entry.get("expected_files").forEach(f -> {
                    if (!f.isNull()) {
                        names.add(f.asText());
                    }
                });
                return names;
            }
        }
        throw new AssertionError("pustur/expected.json has no attachments.txt entry");
    }

    private static Long number(String value) {
        return value == null ? null : Long.valueOf(value);
    }

    /** Manifest times are local export times read as UTC. */
    private static Long time(String value) {
        return value == null ? null : LocalDateTime.parse(value).toEpochSecond(ZoneOffset.UTC);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
