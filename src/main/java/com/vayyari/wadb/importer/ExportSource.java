package com.vayyari.wadb.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a chat export, which the parser reads twice: once to decide layout and date order, once to
 * read the messages. Keeping nothing of the file in memory between the two is what lets a million-line
 * export import in flat memory.
 */
public interface ExportSource {

    /** A fresh stream over the export's bytes (UTF-8), from the start. */
    InputStream open() throws IOException;

    /** How to name the source in messages to the user, e.g. the file name. */
    String name();

    /** A {@code .txt} export on disk. */
    static ExportSource file(Path file) {
        return new ExportSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public String name() {
                return String.valueOf(file.getFileName());
            }
        };
    }

    /** An export held as a string (tests, small inputs). */
    static ExportSource text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new ExportSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
