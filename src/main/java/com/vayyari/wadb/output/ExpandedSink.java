package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * psql's expanded aligned and wrapped formats ({@code \x}): the rows held until the end, because the value column
 * is as wide as the widest value of the whole result (see {@link HeldRowsSink}), then printed by
 * {@link VerticalPrinter}.
 */
final class ExpandedSink extends HeldRowsSink {

    private final VerticalPrinter.Batch batch;
    private List<Column> columns;
    private ColumnStats stats;

    ExpandedSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory) {
        this(options, out, memoryBudget, spillDirectory, VerticalPrinter.Batch.WHOLE);
    }

    /** One batch of a FETCH_COUNT result (see {@link VerticalPrinter.Batch}). */
    ExpandedSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory, VerticalPrinter.Batch batch) {
        super(options, out, memoryBudget, spillDirectory);
        this.batch = batch;
    }

    @Override
    void begin(List<Column> resultColumns) {
        columns = List.copyOf(resultColumns);
        stats = new ColumnStats(columns);
    }

    @Override
    void measure(String[] cells) {
        stats.add(cells);
    }

    @Override
    void print(long rowCount, RowStore rows) throws IOException {
        new VerticalPrinter(options, out, stats, batch).print(columns, rowCount, rows);
    }
}
