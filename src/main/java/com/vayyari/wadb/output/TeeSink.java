package com.vayyari.wadb.output;

import java.io.IOException;
import java.util.List;

/** One result written to two sinks, as psql's {@code -L} prints each table both to the output and to the log. */
public final class TeeSink implements RowSink {

    private final RowSink first;
    private final RowSink second;

    public TeeSink(RowSink first, RowSink second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        first.start(columns);
        second.start(columns);
    }

    @Override
    public void row(String[] values) throws IOException {
        first.row(values);
        second.row(values);
    }

    @Override
    public void end(long rowCount) throws IOException {
        first.end(rowCount);
        second.end(rowCount);
    }

    @Override
    public void close() throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
