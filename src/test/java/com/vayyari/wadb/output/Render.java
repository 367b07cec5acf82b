package com.vayyari.wadb.output;

import com.vayyari.wadb.sql.ResultStreamer;
import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a query through JDBC into a sink, as wadb does, and returns what the sink printed. */
final class Render {

    private Render() {
    }

    interface SinkFactory {
        RowSink open(StringWriter out) throws IOException;
    }

    static String query(TestDatabase db, PrintOptions options, String sql) throws SQLException, IOException {
        return query(db, sql, out -> RowSinks.open(options, out));
    }

    static String query(TestDatabase db, String sql, SinkFactory sinks) throws SQLException, IOException {
        StringWriter out = new StringWriter();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE '" + Psql.TIME_ZONE + "'");
            connection.setAutoCommit(false);
            statement.setFetchSize(10_000);
            try (RowSink sink = sinks.open(out); ResultSet rs = statement.executeQuery(sql)) {
                ResultStreamer.stream(rs, sink);
            }
        }
        return out.toString();
    }

    static PrintOptions options(OutputFormat format) {
        return PrintOptions.defaults().withFormat(format);
    }
}
