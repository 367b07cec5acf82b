package com.vayyari.wadb.importer;

import java.io.IOException;
import java.io.Writer;

/**
 * Rows in PostgreSQL's COPY text format: tab between fields, newline after a row, {@code \N} for NULL,
 * and backslash, tab, newline and carriage return escaped — so any text, multi-line messages included,
 * arrives byte for byte. A row is built in one reused buffer and written in one call.
 */
final class CopyTextRows {

    private final Writer out;
    private final StringBuilder row = new StringBuilder(512);

    CopyTextRows(Writer out) {
        this.out = out;
    }

    CopyTextRows text(String value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                case '\t' -> row.append("\\t");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyTextRows number(long value) {
        separate();
        row.append(value);
        return this;
    }

    /** A number, or NULL when absent. */
    CopyTextRows number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    CopyTextRows bool(boolean value) {
        separate();
        row.append(value ? 't' : 'f');
        return this;
    }

    void endRow() throws IOException {
        row.append('\n');
        out.append(row);
        row.setLength(0);
    }

    private void separate() {
        if (row.length() > 0) {
            row.append('\t');
        }
    }
}
