package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Placeholder until the format writers land: unaligned only. */
public final class RowSinks {
    private RowSinks() {
    }

    public static RowSink open(PrintOptions options, Writer out) {
        return new RowSink() {
            @Override
            public void start(List<Column> columns) throws IOException {
                out.write(String.join("|", columns.stream().map(Column::name).toList()) + "\n");
            }

            @Override
            public void row(String[] values) throws IOException {
                out.write(String.join("|", values) + "\n");
            }

            @Override
            public void end(long rowCount) throws IOException {
                out.write("(" + rowCount + " rows)\n");
            }
        };
    }
}
