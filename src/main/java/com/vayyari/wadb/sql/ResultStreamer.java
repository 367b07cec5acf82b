package com.vayyari.wadb.sql;

import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.RowSink;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Feeds a JDBC result into a {@link RowSink}, one row at a time: nothing is collected here, so memory stays
 * flat as long as the statement fetches in batches (autocommit off and a fetch size, see QueryRunner).
 *
 * <p>Values are taken with {@code getString}: with {@code binaryTransfer=false} that is the server's own text
 * output, byte for byte what psql prints.
 */
public final class ResultStreamer {

    private ResultStreamer() {
    }

    public static List<Column> columns(ResultSetMetaData meta) throws SQLException {
        int count = meta.getColumnCount();
        List<Column> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(Column.of(meta.getColumnLabel(i), TypeNames.of(meta, i)));
        }
        return columns;
    }

    /** Streams every row of {@code rs} into {@code sink} and returns the row count. */
    public static long stream(ResultSet rs, RowSink sink) throws SQLException, IOException {
        return stream(rs, sink, () -> false);
    }

    /**
     * As {@link #stream(ResultSet, RowSink)}, stopping with SQLSTATE 57014 when {@code cancelled} turns true:
     * between fetch batches the server has nothing running to cancel, so the client must stop itself
     * (psql checks cancel_pressed the same way).
     */
    public static long stream(ResultSet rs, RowSink sink, BooleanSupplier cancelled) throws SQLException, IOException {
        List<Column> columns = columns(rs.getMetaData());
        sink.start(columns);
        String[] values = new String[columns.size()];
        long rows = 0;
        while (rs.next()) {
            if ((rows & 0xff) == 0 && cancelled.getAsBoolean()) {
                throw new SQLException("canceling statement due to user request", "57014");
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getString(i + 1);
            }
            sink.row(values);
            rows++;
        }
        sink.end(rows);
        return rows;
    }
}
