package com.vayyari.wadb.command;

import com.vayyari.wadb.output.ForwardingSink;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.output.SpoolFile;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.QueryRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;

/**
 * {@code export --table T} in CSV or NDJSON over several connections, as {@code pg_dump -j} does it: the first connection
 * exports its snapshot ({@code pg_export_snapshot()}), the others take it ({@code SET TRANSACTION SNAPSHOT}), so all
 * of them see the same rows whatever is written meanwhile; each COPYs one range of the table's blocks (a TID range
 * scan), and the parts are put together in block order. That is the order of the sequential scan a plain
 * {@code COPY T} (psql's {@code \copy T}) reads in, so the bytes are the same as one stream's. The first part goes
 * straight to the output; the others wait in spool files, so memory stays flat.
 */
final class ParallelCopy {

    /** Smaller tables go in one stream: more connections would cost more than they save. */
    static final long SMALL_BYTES = 16L << 20;

    private final Session session;
    private final String table;
    private final Part part;

    /**
     * How one part is written: CSV by the server's COPY (non-generated columns, as {@code COPY T} has them, the
     * header with the first part); NDJSON by the session's own writer for the format, from {@code SELECT *}, as the
     * single stream is, so the bytes are the same.
     */
    interface Part {
        long write(Connection c, String table, String columns, String range, boolean first, OutputStream out)
                throws SQLException, IOException;
    }

    ParallelCopy(Session session, String quotedTable, Part part) {
        this.session = session;
        this.table = quotedTable;
        this.part = part;
    }

    /** CSV through COPY, the header (unless tuples only) with the first part. */
    static Part csv(boolean header) {
        return (c, table, columns, range, first, out) -> c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                "COPY (SELECT " + columns + " FROM " + table + " WHERE " + range + ") TO STDOUT WITH (FORMAT csv"
                        + (header && first ? ", HEADER" : "") + ")", out);
    }

    /** A row format with neither header nor footer (NDJSON) through the writer the session's options pick. */
    static Part rows(PrintOptions print) {
        return (c, table, columns, range, first, out) -> {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            long[] rows = {0};
            new QueryRunner(c).execute("SELECT * FROM " + table + " WHERE " + range,
                    new QueryRunner.ResultHandler() {
                        @Override
                        public RowSink rows() throws IOException {
                            return new ForwardingSink(
                                    RowSinks.open(print, writer)) {
                                @Override
                                public void end(long rowCount) throws IOException {
                                    rows[0] = rowCount;
                                    super.end(rowCount);
                                }
                            };
                        }

                        @Override
                        public void status(String tag) {
                        }

                        @Override
                        public void notice(SQLWarning warning) {
                        }
                    });
            writer.flush();
            return rows[0];
        };
    }

    /** What the first connection learns in its snapshot. */
    private record Plan(String snapshot, long blocks, String columns) {
    }

    /**
     * Copies the table over up to {@code jobs} connections into {@code out}; the number of rows, or -1 when the table
     * is not one to split (not a plain table, or a small one): then nothing was written and the caller copies it in
     * one stream.
     */
    long copy(int jobs, OutputStream out) throws SQLException, IOException {
        List<Connection> connections = new ArrayList<>();
        try {
            Connection lead = open(connections, null);
            Plan plan = plan(lead);
            if (plan == null) {
                return -1;
            }
            int parts = (int) Math.max(1, Math.min(jobs, plan.blocks()));
            for (int i = 1; i < parts; i++) {
                open(connections, plan.snapshot());
            }
            return run(connections, plan, out);
        } finally {
            for (Connection c : connections) {
                close(c);
            }
        }
    }

    /** A connection in a read-only REPEATABLE READ transaction, on {@code snapshot} when one is given. */
    private Connection open(List<Connection> connections, String snapshot) throws SQLException {
        Connection c = session.ownConnection(session.settings());
        connections.add(c);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            if (snapshot != null) {
                st.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            }
        }
        return c;
    }

    private Plan plan(Connection lead) throws SQLException {
        // relpages (as of the last VACUUM or ANALYZE) rather than pg_relation_size: it takes no lock on the table,
        // and only places the split points; the last part reads to the end whatever the table's size now.
        try (PreparedStatement ps = lead.prepareStatement("SELECT c.relkind = 'r'"
                + " AND c.relpages::bigint * current_setting('block_size')::bigint >= ?, c.relpages::bigint,"
                + " (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a"
                + "   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''),"
                + " pg_export_snapshot() FROM pg_class c WHERE c.oid = ?::regclass")) {
            ps.setLong(1, SMALL_BYTES);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return null;
                }
                String snapshot = rs.getString(4);
                if (!snapshot.matches("[0-9A-F-]+")) {  // it goes into SET TRANSACTION SNAPSHOT as a literal
                    throw new SQLException("unexpected snapshot name " + snapshot);
                }
                return new Plan(snapshot, rs.getLong(2), rs.getString(3));
            }
        }
    }

    /** Runs the parts at once; on any failure the others are cancelled and the failure is thrown. */
    private long run(List<Connection> connections, Plan plan, OutputStream out) throws SQLException, IOException {
        int parts = connections.size();
        List<SpoolFile> spools = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parts, task -> {
            Thread thread = new Thread(task, "wadb-export-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Long>> running = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                OutputStream target = out;
                if (i > 0) {
                    SpoolFile spool = new SpoolFile();
                    spools.add(spool);
                    target = spool.stream();
                }
                String range = range(plan, i, parts);
                Connection c = connections.get(i);
                OutputStream to = target;
                boolean first = i == 0;
                running.add(pool.submit(() -> part.write(c, table, plan.columns(), range, first, to)));
            }
            long rows = 0;
            for (Future<Long> part : running) {
                rows += await(part, connections);
            }
            for (SpoolFile spool : spools) {
                spool.copyTo(out);
            }
            return rows;
        } finally {
            pool.shutdownNow();
            for (SpoolFile spool : spools) {
                spool.close();
            }
        }
    }

    /** Part {@code i} of {@code parts}: its range of blocks, the last one open-ended (rows the table grew by are
     * not in the snapshot, but it is read up to its end all the same). */
    private static String range(Plan plan, int i, int parts) {
        long from = plan.blocks() * i / parts;
        return "ctid >= '(" + from + ",0)'::tid"
                + (i == parts - 1 ? "" : " AND ctid < '(" + plan.blocks() * (i + 1) / parts + ",0)'::tid");
    }

    private static long await(Future<Long> part, List<Connection> connections) throws SQLException, IOException {
        try {
            return part.get();
        } catch (ExecutionException e) {
            for (Connection c : connections) {
                cancel(c);
            }
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (Connection c : connections) {
                cancel(c);
            }
            throw new SQLException("export interrupted", "57014");
        }
    }

    private static void cancel(Connection c) {
        try {
            c.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // gone already
        }
    }

    private static void close(Connection c) {
        try {
            c.rollback();  // read only: nothing to keep
        } catch (SQLException e) {
            // a broken connection rolls back by closing
        }
        try {
            c.close();
        } catch (SQLException e) {
            // closed is closed
        }
    }
}
