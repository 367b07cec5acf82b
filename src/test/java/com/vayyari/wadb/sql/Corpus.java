package com.vayyari.wadb.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scripts under {@code src/test/resources/sql/corpus}: each {@code NAME.sql} with its {@code NAME.expected},
 * one rendered piece per line ({@link Scripts#render}); lines starting with {@code #} are notes, and
 * {@code # psql-oracle: skip} keeps a script out of the comparison with psql.
 */
record Corpus(String name, Path script, List<String> expected, boolean oracle) {

    static final String ORACLE_SKIP = "# psql-oracle: skip";

    static Stream<Corpus> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().map(Corpus::load)
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static Corpus load(Path script) {
        String file = script.getFileName().toString();
        String name = file.substring(0, file.length() - ".sql".length());
        try {
            List<String> lines = Files.readAllLines(script.resolveSibling(name + ".expected"), StandardCharsets.UTF_8);
            List<String> expected = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new Corpus(name, script, expected, lines.stream().noneMatch(l -> l.startsWith(ORACLE_SKIP)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        URL url = Corpus.class.getResource("/sql/corpus");
        if (url == null) {
            throw new IllegalStateException("test resource sql/corpus is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
