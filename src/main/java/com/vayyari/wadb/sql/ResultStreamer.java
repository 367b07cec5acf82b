package com.vayyari.wadb.sql;

import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.RowSink;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
            columns.add(Column.of(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        return columns;
    }

    /** Streams every row of {@code rs} into {@code sink} and returns the row count. */
    public static long stream(ResultSet rs, RowSink sink) throws SQLException, IOException {
        List<Column> columns = columns(rs.getMetaData());
        sink.start(columns);
        String[] values = new String[columns.size()];
        long rows = 0;
        while (rs.next()) {
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
