package com.vayyari.wadb.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The expected figures of {@code ../shared/wa-public/MANIFEST.md}, read from its table so the tests hold no
 * numbers of their own: {@code messages=20; authors=Dmitry S 20; first=…; last=…; media=14; WA lines=3}.
 * The corpus is not ours to copy into the project; a missing corpus fails the tests that need it.
 */
final class CorpusManifest {

    /** Where the corpus is: beside the project, as {@code ../shared/wa-public} from the project directory. */
    static final Path CORPUS = Path.of("..", "shared", "wa-public").toAbsolutePath().normalize();

    /** One file's expected figures, as the manifest words them ({@code WA lines}, {@code authors}, …). */
    record Expected(String file, Map<String, String> figures) {

        long number(String key) {
            return Long.parseLong(require(key));
        }

        boolean has(String key) {
            return figures.containsKey(key);
        }

        String require(String key) {
            String value = figures.get(key);
            if (value == null) {
                throw new AssertionError("MANIFEST.md gives no " + key + " for " + file);
            }
            return value;
        }

        /** {@code authors=Dmitry S 43, Elon 6} as name → count; empty when it only gives their number. */
        Map<String, Long> authors() {
            Map<String, Long> authors = new LinkedHashMap<>();
            String value = require("authors");
            if (value.chars().allMatch(Character::isDigit)) {
                return authors;
            }
            for (String one : value.split(", ")) {
                int space = one.lastIndexOf(' ');
                authors.put(one.substring(0, space), Long.parseLong(one.substring(space + 1)));
            }
            return authors;
        }
    }

    private static Map<String, Expected> table;

    private CorpusManifest() {
    }

    /** The corpus file, failing (not skipping) when the corpus is not there. */
    static Path file(String name) {
        Path file = CORPUS.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("corpus file missing: " + file + " (the WhatsApp export corpus must be at "
                    + CORPUS + "; see issue 18)");
        }
        return file;
    }

    static synchronized Expected expected(String name) {
        if (table == null) {
            table = read(file("MANIFEST.md"));
        }
        Expected expected = table.get(name);
        if (expected == null) {
            throw new AssertionError("MANIFEST.md has no row for " + name);
        }
        return expected;
    }

    private static Map<String, Expected> read(Path manifest) {
        Map<String, Expected> rows = new HashMap<>();
        try {
            for (String line : Files.readAllLines(manifest)) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.split(" \\| ");
                String name = cells[0].substring(3, cells[0].lastIndexOf('`'));
                Map<String, String> figures = new HashMap<>();
                for (String figure : cells[3].split("; ")) {
                    int eq = figure.indexOf('=');
                    if (eq > 0) {
                        figures.put(figure.substring(0, eq).strip(), figure.substring(eq + 1).strip());
                    }
                }
                rows.put(name, new Expected(name, figures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
