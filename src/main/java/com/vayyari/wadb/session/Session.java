package com.vayyari.wadb.session;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.db.ConnectionRouter;
import com.vayyari.wadb.db.Connector;
import com.vayyari.wadb.db.Secrets;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.ServerMessageException;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.sql.QueryRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * One user's session: the connection (opened on first use), how results print and where they go. The three
 * doors — command line, REPL, piped stdin — all run statements and commands through a Session.
 */
public final class Session implements AutoCloseable {

    private final ConnectionSettings settings;
    private final Output output;
    private final PrintStream err;
    private PrintOptions print;
    private SessionOptions options;
    private final ConnectionRouter router;
    private final java.util.concurrent.atomic.AtomicLong cancels = new java.util.concurrent.atomic.AtomicLong();
    private final Interaction interaction = new Interaction();
    private final Invocation invocation;
    private ErrorStyle errorStyle = ErrorStyle.DEFAULT;
    private Supplier<String> messageLocation = () -> "";

    public Session(ConnectionSettings settings, PrintOptions print, SessionOptions options, Output output,
                   PrintStream err, Invocation invocation) {
        // As startup options, so every connection has them (setup and generate open their own) at no round trip.
        ConnectionSettings effective = settings;
        if (options.timeoutSeconds() > 0) {
            effective = effective.withServerSetting("statement_timeout", String.valueOf(options.timeoutSeconds() * 1000L));
        }
        if (options.readOnly()) {
            effective = effective.withServerSetting("default_transaction_read_only", "on");
        }
        this.settings = effective;
        this.print = print;
        this.options = options;
        this.output = output;
        this.err = err;
        this.invocation = invocation;
        this.router = new ConnectionRouter(this.settings, options.replica(), err);
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public PrintOptions print() {
        return print;
    }

    public void print(PrintOptions newOptions) {
        this.print = newOptions;
    }

    public SessionOptions options() {
        return options;
    }

    public void options(SessionOptions newOptions) {
        this.options = newOptions;
    }

    public Output output() {
        return output;
    }

    public PrintStream err() {
        return err;
    }

    /** How server errors and notices print (psql's VERBOSITY and SHOW_CONTEXT). */
    public ErrorStyle errorStyle() {
        return errorStyle;
    }

    public void errorStyle(ErrorStyle style) {
        this.errorStyle = style;
    }

    /**
     * What goes before a server notice on stderr: {@code wadb:FILE:LINE: } while a script file runs, else
     * nothing. The script runner, which knows the line, sets it.
     */
    public Supplier<String> messageLocation() {
        return messageLocation;
    }

    public void messageLocation(Supplier<String> location) {
        this.messageLocation = location;
    }

    /** The process facts of the call this session serves (environment, directory, terminals, zone). */
    public Invocation invocation() {
        return invocation;
    }

    /** The main statement runner (the primary under read routing), connecting first if needed. */
    public QueryRunner runner() {
        return router.main();
    }

    public Connection connection() {
        return runner().connection();
    }

    /** The connection for read-only work: a standby under read routing, else the main one. */
    public Connection readConnection() {
        try {
            return router.readConnection();
        } catch (SQLException e) {
            throw sqlFailure(e);
        }
    }

    /** Ctrl-C: asks the server to cancel whatever statement runs now. */
    public void cancel() {
        cancels.incrementAndGet();
        router.cancel();
    }

    /**
     * How many times Ctrl-C was pressed in this session. A command that waits between statements (messages
     * --follow) has nothing to cancel on the server, so it stops when this changes.
     */
    public long cancels() {
        return cancels.get();
    }

    /** What the interactive shell shares with the commands that serve it (last query, Ctrl-C, pager). */
    public Interaction interaction() {
        return interaction;
    }

    public boolean connected() {
        return router.connected();
    }

    /** Runs one SQL statement, printing its results; SQL errors come back as {@link WadbException}. */
    public void runSql(String sql) {
        runSql(sql, List.of());
    }

    /**
     * Runs one statement as typed; {@code shown} is the text psql would send for it (with the semicolon that
     * ended it, which pgjdbc leaves out), what an error's LINE shows.
     */
    public void runSql(String sql, String shown) {
        runSql(sql, List.of(), RowSinks::open, shown);
    }

    /** Runs one parameterized statement, printing its results. */
    public void runSql(String sql, List<?> parameters) {
        runSql(sql, parameters, RowSinks::open);
    }

    /**
     * Runs one parameterized statement, printing its rows through sinks from {@code sinks}: domain commands wrap
     * the format's sink (masking, counting) without knowing which format it is.
     */
    public void runSql(String sql, List<?> parameters, SinkFactory sinks) {
        runSql(sql, parameters, sinks, sql);
    }

    private void runSql(String sql, List<?> parameters, SinkFactory sinks, String shown) {
        if (sql.indexOf('\0') >= 0) {
            // The protocol ends strings at a NUL; sent anyway, the server would drop the connection.
            throw WadbException.command("the statement holds a NUL byte, which cannot be sent");
        }
        try {
            router.execute(sql, parameters, handler(sinks));
            output.flush();
        } catch (SQLException e) {
            throw sqlFailure(e, shown);
        } catch (IOException e) {
            throw WadbException.usage("could not write output: " + e.getMessage());
        }
    }

    private QueryRunner.ResultHandler handler(SinkFactory sinks) {
        return new QueryRunner.ResultHandler() {
            @Override
            public RowSink rows() throws IOException {
                return sinks.open(print, output.writer());
            }

            @Override
            public void status(String tag) throws IOException {
                if (options.quiet() || tag.isEmpty()) {
                    return;
                }
                if (print.format().dataOnly()) {
                    err.println(tag);
                } else {
                    output.writer().write(tag);
                    output.writer().write('\n');
                }
            }

            @Override
            public void notice(SQLWarning warning) {
                // psql prints notices whatever -q says
                String text = warning instanceof PSQLWarning server && server.getServerErrorMessage() != null
                        ? ServerMessageText.format(server.getServerErrorMessage(), null, errorStyle, false)
                        : Connector.firstLine(warning.getMessage()) + "\n";
                err.print(messageLocation.get() + Secrets.scrub(text, settings.password()));
                err.flush();
            }
        };
    }

    /** Turns a failed statement into what psql prints for it; a dead connection becomes exit code 2. */
    public WadbException sqlFailure(SQLException e) {
        return sqlFailure(e, null);
    }

    /** As {@link #sqlFailure(SQLException)} for the statement {@code sql}, which an error position points into. */
    public WadbException sqlFailure(SQLException e, String sql) {
        ServerErrorMessage server = sql == null ? null : UnboundParameter.explain(sql, e).orElse(null);
        if (server == null && e instanceof PSQLException psql && !lostConnection(e)) {
            server = psql.getServerErrorMessage();
        }
        if (server != null) {
            String text = ServerMessageText.format(server, sql, errorStyle, true);
            return new ServerMessageException(Secrets.scrub(text, settings.password()), e);
        }
        String state = e.getSQLState();
        String message = Secrets.scrub(Connector.firstLine(e.getMessage()), settings.password());
        if (!message.startsWith("ERROR:") && !message.startsWith("FATAL:")) {
            message = "ERROR: " + message;
        }
        String line = message + (state == null ? "" : " (SQLSTATE " + state + ")");
        if (lostConnection(e)) {
            router.dropMain();
            return new WadbException(ExitCode.CONNECTION, line + " — the connection to the server was lost", e);
        }
        return new WadbException(ExitCode.COMMAND, line, e);
    }

    private boolean lostConnection(SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return true;
        }
        try {
            return router.connected() && router.main().connection().isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    @Override
    public void close() {
        router.close();
    }

    /** Makes the sink for one result set, in the session's current print options. */
    @FunctionalInterface
    public interface SinkFactory {
        RowSink open(PrintOptions print, Writer out) throws IOException;
    }

    /** Where results are written: stdout, or a file set with {@code -o} / {@code \o}. */
    public interface Output {
        Writer writer();

        void flush() throws IOException;

        /**
         * The bytes beneath {@link #writer()}, flushed up to now, for output that is already UTF-8 text (COPY):
         * no decoding and re-encoding on the way. Null where there is no such stream (a pager).
         */
        default java.io.OutputStream bytes() throws IOException {
            return null;
        }
    }
}
