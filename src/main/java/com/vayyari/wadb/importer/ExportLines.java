package com.vayyari.wadb.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an export, numbered from 1, strictly UTF-8: bytes that are no UTF-8 text mean the file is not a
 * chat export, and say so with the line number instead of importing garbage. Control characters (NUL, the
 * rest of C0 but tab, DEL, C1) are dropped and counted: real exports carry a stray one now and then, and one
 * must not cost the whole chat.
 */
final class ExportLines implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;
    /**
     * Stands in for bytes that are no UTF-8, so they are found on their own line: the reader decodes ahead, and
     * an exception would come lines early. A noncharacter, never in a real export.
     */
    private static final String NOT_TEXT = "\uFFFF";

    private final ExportSource source;
    private final BufferedReader reader;
    private long number;
    private long controlChars;

    ExportLines(ExportSource source) {
        this.source = source;
        try {
            this.reader = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(NOT_TEXT)), BUFFER_CHARS);
        } catch (IOException e) {
            throw new ImportException("cannot read " + source.name() + ": " + e.getMessage(), e);
        }
    }

    /** The next line without its terminator, or {@code null} at the end. */
    String next() {
        String line;
        try {
            line = reader.readLine();
        } catch (IOException e) {
            throw new ImportException("cannot read " + source.name() + " (damaged or truncated?): " + e.getMessage(), e);
        }
        if (line == null) {
            return null;
        }
        number++;
        boolean controls = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c == '\uFFFF') {
                throw new ImportException(source.name() + " is not a text chat export (no UTF-8 text at line " + number
                        + ")");
            }
            controls |= isControl(c);
        }
        return controls ? withoutControls(line) : line;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    private String withoutControls(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (isControl(c)) {
                controlChars++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Control characters dropped so far. */
    long controlChars() {
        return controlChars;
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
