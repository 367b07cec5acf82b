package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * A psql format that sizes its columns over the whole result, so prints nothing until {@link #end}: rows (NULL
 * already shown as the null display) are measured as they come and kept in a {@link RowStore}, which spills
 * to a temporary file past its memory budget. {@link #close} deletes that file if the result ends early.
 */
abstract class HeldRowsSink implements RowSink {

    final PrintOptions options;
    final TextOut out;
    private final long memoryBudget;
    private final Path spillDirectory;
    private RowStore rows;
    private List<Column> columns;

    /** @param memoryBudget bytes of rows held in memory before the rest spill to a file in {@code spillDirectory} */
    HeldRowsSink(PrintOptions options, Writer out, long memoryBudget, Path spillDirectory) {
        this.options = options;
        this.out = new TextOut(out);
        this.memoryBudget = memoryBudget;
        this.spillDirectory = spillDirectory;
    }

    @Override
    public final void start(List<Column> columns) {
        this.columns = columns;
        begin(columns);
        rows = new RowStore(columns.size(), memoryBudget, spillDirectory);
    }

    @Override
    public final void row(String[] values) throws IOException {
        String[] cells = Cells.shown(values, options, columns);
        measure(cells);
        if (cells.length > 0) {
            rows.add(cells);
        }
    }

    @Override
    public final void end(long rowCount) throws IOException {
        try {
            print(rowCount, rows);
            out.flush();
        } finally {
            close();
        }
    }

    @Override
    public final void close() throws IOException {
        if (rows != null) {
            rows.close();
        }
    }

    /** Takes in the columns, before any row. */
    abstract void begin(List<Column> columns);

    /** Takes in one row's display widths. */
    abstract void measure(String[] cells);

    /** Prints the whole result; {@code rows} replays the cells of every row that has columns. */
    abstract void print(long rowCount, RowStore rows) throws IOException;
}
