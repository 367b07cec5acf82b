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

    /** Opens a stream; what an {@link ExportSource} is made of. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** A source of that name whose every {@link #open()} calls the opener. */
    static ExportSource of(String name, Opener opener) {
        return new ExportSource() {
            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    /** A {@code .txt} export on disk. */
    static ExportSource file(Path file) {
        return of(String.valueOf(file.getFileName()), () -> Files.newInputStream(file));
    }

    /** An export held as a string (tests, small inputs). */
    static ExportSource text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return of(name, () -> new ByteArrayInputStream(bytes));
    }
}
