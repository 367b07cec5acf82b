package com.vayyari.wadb.output;

import java.io.IOException;
import java.util.List;

/** A sink that hands everything to another one and counts the rows: the base of decorators (masking, progress). */
public class ForwardingSink implements RowSink {

    private final RowSink next;
    private long rows;

    public ForwardingSink(RowSink next) {
        this.next = next;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        next.start(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        rows++;
        next.row(values);
    }

    @Override
    public void end(long rowCount) throws IOException {
        next.end(rowCount);
    }

    /** Frees what the next sink holds (the table format's spill file) when a result stops early. */
    @Override
    public void close() throws IOException {
        next.close();
    }
}
