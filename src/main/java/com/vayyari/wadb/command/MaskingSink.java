package com.vayyari.wadb.command;

import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.ForwardingSink;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.ValueKind;
import java.io.IOException;
import java.util.List;

/**
 * {@code --mask} for every format: values are masked before the format sees them. Free text loses phone
 * numbers and JIDs; JSON and arrays only JIDs (a bare number there may be data); numbers, times and booleans
 * are left alone.
 */
final class MaskingSink extends ForwardingSink {

    private ValueKind[] kinds;
    private String[] masked;

    MaskingSink(RowSink next) {
        super(next);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        kinds = columns.stream().map(Column::kind).toArray(ValueKind[]::new);
        masked = new String[kinds.length];
        super.start(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            masked[i] = switch (kinds[i]) {
                case TEXT -> Masking.text(values[i]);
                case JSON, ARRAY -> Masking.jids(values[i]);
                default -> values[i];
            };
        }
        super.row(masked);
    }
}
