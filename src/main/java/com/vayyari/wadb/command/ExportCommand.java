package com.vayyari.wadb.command;

import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.session.ReadOnlyGuard;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.Identifiers;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", sortOptions = false,
        description = {"Stream a table, a query or a command's rows in the output format (--format, --csv, --json)"
                + " to the output (-o/--output FILE, written whole or not at all; stdout without it).",
                "CSV of a table or query is PostgreSQL's own COPY ... TO STDOUT WITH CSV HEADER, byte for byte what"
                        + " psql's \\copy writes. The query runs read-only. The row count goes to stderr at the end.",
                "In a piped script or the REPL, choose format and file with \\pset format and \\o first."},
        footer = {"", "Examples:",
                "  wadb export --table messages --format csv --output messages.csv",
                "  wadb export --query \"SELECT jid, name FROM chats WHERE is_group\" --json -o groups.json",
                "  wadb export --command \"search invoice --since 30d\" --format ndjson -o hits.ndjson",
                "  wadb export --table media_files --csv --mask > media-for-support.csv"})
public final class ExportCommand extends DomainCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--table", paramLabel = "TABLE", description = "A table or view, exactly as named (schema.table allowed).")
        String table;

        @Option(names = "--query", paramLabel = "SQL", description = "One SQL statement that returns rows.")
        String query;

        @Option(names = "--command", paramLabel = "COMMAND", description = "A wadb command that lists rows, e.g. \"search invoice\".")
        String command;
    }

    @Option(names = "--jobs", paramLabel = "N",
            description = "Copy a --table in CSV or NDJSON over N connections that share one snapshot (default: one"
                    + " per core of this machine, at most 4, for a table of 16 MB or more; 1: one stream). Same bytes.")
    Integer jobs;

    private Progress progress;

    public ExportCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        if (source.command != null) {
            return nested(session);
        }
        String select = source.table != null ? "SELECT * FROM " + Identifiers.quoteQualified(source.table)
                : SingleStatement.of(source.query);
        boolean copy = session.print().format() == OutputFormat.CSV && !mask;
        // A whole table is copied as a table, exactly what psql's \copy TABLE writes: faster than COPY (SELECT *),
        // and without generated columns such as messages.content_tsv, which COPY TABLE leaves out too.
        String copySource = source.table != null ? Identifiers.quoteQualified(source.table) : "(" + select + "\n)";
        String copySql = "COPY " + copySource + " TO STDOUT WITH (FORMAT csv" + (session.print().tuplesOnly() ? "" : ", HEADER") + ")";
        if (explain) {
            say(session, (copy ? copySql : select) + ";");
            return 0;
        }
        ReadOnlyGuard.check(session, copy ? copySql : select);  // its own COPY goes round Session.runSql
        progress = session.invocation().terminals().stderr() ? new Progress(session.err()) : null;
        long rows = -1;
        try {
            // NDJSON parts can be put together as they are (no header, no brackets); masking goes one way, a stream.
            boolean parts = copy || session.print().format() == OutputFormat.NDJSON && !mask;
            if (parts && source.table != null && parallel(session)) {
                rows = parallelCopyOut(session, copy);
            }
            if (rows < 0) {
                rows = ReadOnly.run(session, () -> copy ? copyOut(session, copySql) : print(session, Query.of(select)));
            }
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
        note(session, "exported " + rows + (rows == 1 ? " row" : " rows"));
        return 0;
    }

    private long copyOut(Session session, String sql) throws SQLException, IOException {
        CopyManager copy = session.readConnection().unwrap(PGConnection.class).getCopyAPI();
        java.io.OutputStream target = progress == null ? session.output().bytes() : null;
        long rows;
        if (target != null) {
            // COPY's bytes are UTF-8 already (client_encoding): straight through, no charset round trip; and
            // buffered, since the driver hands over one row at a time.
            java.io.OutputStream bytes = new java.io.BufferedOutputStream(target, 1 << 16);
            rows = copy.copyOut(sql, bytes);
            bytes.flush();
        } else {
            Writer out = session.output().writer();
            rows = copy.copyOut(sql, progress == null ? out : progress.counting(out));
        }
        session.output().flush();
        return rows;
    }

    /**
     * Whether a table's CSV may go over several connections: asked for (or by default), outside a transaction of the
     * user's (whose snapshot the parts would not share) and on the primary (the parts connect there).
     */
    private boolean parallel(Session session) {
        if (jobs != null && jobs < 1) {
            throw usage("--jobs must be 1 or more, not " + jobs);
        }
        try {
            return jobs() > 1 && !session.options().replica()
                    && session.runner().transactionState() == org.postgresql.core.TransactionState.IDLE;
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    /**
     * Asked for, or one part per core of this machine (the server's, when it is local, as it is in most use), at most
     * 4: each part keeps a server backend busy formatting rows. On two cores two parts took 0.79-0.80x psql's time
     * for 1M and 10M rows, one stream 0.93-0.99x; with the server held to one core, two parts were slower than one
     * (bench/export-cores).
     */
    private int jobs() {
        return jobs != null ? jobs : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** The table over {@link #jobs()} connections; -1 when it is too small or not a plain table (one stream then). */
    private long parallelCopyOut(Session session, boolean copy) throws IOException {
        java.io.OutputStream bytes = new java.io.BufferedOutputStream(session.output().bytes(), 1 << 16);
        try {
            ParallelCopy.Part part = copy ? ParallelCopy.csv(!session.print().tuplesOnly()) : ParallelCopy.rows(session.print());
            long rows = new ParallelCopy(session, Identifiers.quoteQualified(source.table), part).copy(jobs(), bytes);
            bytes.flush();
            session.output().flush();
            return rows;
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    @Override
    RowSink decorate(RowSink format) {
        return progress == null ? format : progress.counting(format);
    }

    /** Runs a command that lists rows through this door's dispatcher, so its rows go to this output in this format. */
    private int nested(Session session) {
        return nested.run(source.command, (mask ? " --mask" : "") + (explain ? " --explain" : ""), session);
    }
}
