package com.vayyari.wadb.output;

import java.io.IOException;
import java.util.List;

/**
 * Where one result goes, row by row: the single stream every format is written from (psql's print.c has
 * one writer per format over the same table content; so do we). A sink never touches JDBC.
 *
 * <p>Values are PostgreSQL's text output of each value, {@code null} for SQL NULL. The sink owns neither the
 * array it is given nor its elements beyond the call: copy what you keep.
 *
 * <p>Open a sink in try-with-resources: when a result stops early (an error, a cancel) {@link #end} never
 * runs, and {@link #close} frees what the sink holds, such as the table format's spill file.
 */
public interface RowSink extends AutoCloseable {

    /** Called once, before any row. */
    void start(List<Column> columns) throws IOException;

    /** Called once per row, in result order. */
    void row(String[] values) throws IOException;

    /** Called once after the last row; {@code rowCount} is the number of rows given to {@link #row}. */
    void end(long rowCount) throws IOException;

    /** Frees what the sink holds; prints nothing, never closes the output. A no-op after {@link #end}. */
    @Override
    default void close() throws IOException {
    }
}
