package com.vayyari.wadb.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an export, numbered from 1, strictly UTF-8: bytes that are no UTF-8 text or a NUL character
 * mean the file is not a chat export, and say so with the line number instead of importing garbage.
 */
final class ExportLines implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final ExportSource source;
    private final BufferedReader reader;
    private long number;

    ExportLines(ExportSource source) {
        this.source = source;
        try {
            this.reader = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER_CHARS);
        } catch (IOException e) {
            throw new ImportException("cannot read " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The next line without its terminator, or {@code null} at the end. */
    String next() {
        String line;
        try {
            line = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new ImportException(source.name() + " is not a text chat export (no UTF-8 text at line "
                    + (number + 1) + ")", e);
        } catch (IOException e) {
            throw new ImportException("cannot read " + source.name() + " (damaged or truncated?): " + e.getMessage(), e);
        }
        if (line == null) {
            return null;
        }
        number++;
        if (line.indexOf('\0') >= 0) {
            throw new ImportException(source.name() + " is not a text chat export (binary data at line " + number + ")");
        }
        return line;
    }

    /** Number of the line {@link #next()} returned last. */
    long number() {
        return number;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of a read-only stream loses nothing.
        }
    }
}
