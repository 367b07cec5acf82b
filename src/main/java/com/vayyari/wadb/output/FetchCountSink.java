package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * psql's aligned format, expanded or not, under {@code \set FETCH_COUNT n}: the table is printed n rows at a time, each batch
 * sized on its own rows (and the headers), the header once before the first batch and the footer once after
 * the last. Memory holds one batch; the price, as in psql, is that widths may change between batches — which
 * is why this is only used when asked for.
 */
final class FetchCountSink implements RowSink {

    private final PrintOptions options;
    private final Writer out;
    private final int batchSize;
    private final List<String[]> batch = new ArrayList<>();
    private List<Column> columns;
    private boolean started;
    private boolean paged;
    private long printed;

    FetchCountSink(PrintOptions options, Writer out, int batchSize) {
        this.options = options;
        this.out = out;
        this.batchSize = batchSize;
    }

    @Override
    public void start(List<Column> resultColumns) {
        columns = resultColumns;
    }

    @Override
    public void row(String[] values) throws IOException {
        batch.add(values.clone());
        if (batch.size() == batchSize) {
            printBatch(false);
        }
    }

    @Override
    public void end(long rowCount) throws IOException {
        printBatch(true);
    }

    private void printBatch(boolean last) throws IOException {
        VerticalPrinter.Batch where = new VerticalPrinter.Batch(printed, !started, last);
        // psql sends a result of several batches to the pager (even when there is none to start), and \x auto
        // then prints expanded from the first full batch on.
        paged |= !last;
        HeldRowsSink sink = options.expanded() || options.expandedAuto() && paged
                ? new ExpandedSink(options, out, RowStore.DEFAULT_BUDGET, null, where)
                : new TableSink(options, out, RowStore.DEFAULT_BUDGET, null, where);
        sink.start(columns);
        for (String[] values : batch) {
            sink.row(values);
        }
        sink.end(batch.size());
        started = true;
        printed += batch.size();
        batch.clear();
    }
}
