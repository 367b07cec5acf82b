package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/**
 * Tab-separated values exactly as {@code COPY (query) TO STDOUT (FORMAT text, HEADER)} prints them, so the file
 * loads back with {@code COPY ... FROM} and splits safely on tabs and newlines: a header line (left out with
 * tuples-only), NULL as {@code \N}, and in values and names a backslash doubled and BS, FF, LF, CR, TAB, VT as
 * {@code \b \f \n \r \t \v} (CopyAttributeOutText); other characters as they are. Data only: no footer. Streams.
 */
final class TsvSink extends RecordSink {

    TsvSink(PrintOptions options, Writer out) {
        super(options, out);
    }

    @Override
    void record(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            if (values[i] == null) {
                out.append("\\N");
            } else {
                escaped(values[i]);
            }
        }
        out.append('\n');
    }

    private void escaped(String value) throws IOException {
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char escape = escapeFor(value.charAt(i));
            if (escape != 0) {
                out.append(value, plain, i).append('\\').append(escape);
                plain = i + 1;
            }
        }
        out.append(value, plain, value.length());
    }

    private static char escapeFor(char c) {
        switch (c) {
            case '\\': return '\\';
            case '\b': return 'b';
            case '\f': return 'f';
            case '\n': return 'n';
            case '\r': return 'r';
            case '\t': return 't';
            case 0x0B: return 'v';
            default: return 0;
        }
    }
}
