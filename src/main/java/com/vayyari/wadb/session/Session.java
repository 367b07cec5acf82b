package com.vayyari.wadb.session;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.db.Cancellation;
import com.vayyari.wadb.db.ConnectionRouter;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One user's session: the connection (opened on first use), how results print and where they go. The three
 * doors — command line, REPL, piped stdin — all run statements and commands through a Session.
 */
public final class Session implements AutoCloseable {

    private volatile ConnectionSettings settings;
    private final Output output;
    private final PrintStream err;
    private PrintOptions print;
    private SessionOptions options;
    /** Replaced by {@code \\connect}; read by Ctrl-C's thread too. */
    private volatile ConnectionRouter router;
    private final java.util.concurrent.atomic.AtomicLong cancels = new java.util.concurrent.atomic.AtomicLong();
    private final Cancellation cancellation = new Cancellation();
    private final Interaction interaction = new Interaction();
    private Invocation invocation;
    private final Variables variables = new Variables();
    /** True once ON_ERROR_STOP was set by the user: from then on exit codes are psql's, not wadb's default. */
    private boolean psqlErrorHandling;
    private long rowCount;
    /** psql's \\restrict key: while set, every backslash command but {@code \\unrestrict} is refused. */
    private String restrictKey;
    private Writer log;
    private ErrorStyle errorStyle = ErrorStyle.DEFAULT;
    private Supplier<String> messageLocation = () -> "";
    /** The last error the server reported, and the statement it was about, for {@code \\errverbose}. */
    private SQLException lastError;
    private String lastErrorQuery;

    public Session(ConnectionSettings settings, PrintOptions print, SessionOptions options, Output output,
                   PrintStream err, Invocation invocation) {
        this.settings = withSessionOptions(settings, options);
        this.print = print;
        this.options = options;
        this.output = output;
        this.err = err;
        this.invocation = invocation;
        this.router = new ConnectionRouter(this.settings, options.replica(), err, cancellation);
        VariableEffects.install(this);
    }

    /** psql's variables: \\set, -v, and the specials that change how the session behaves. */
    public Variables variables() {
        return variables;
    }

    /** True once the user set ON_ERROR_STOP (to anything): errors then end and exit as psql's do. */
    public boolean psqlErrorHandling() {
        return psqlErrorHandling;
    }

    /** From the first \\set or -v of ON_ERROR_STOP on. */
    void psqlErrorHandling(boolean on) {
        psqlErrorHandling = on;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /**
     * The session's own server settings as startup options, last, so every connection has them (setup and generate
     * open their own) at no round trip: {@code --timeout}'s statement_timeout, then read-only.
     */
    private static ConnectionSettings withSessionOptions(ConnectionSettings settings, SessionOptions options) {
        ConnectionSettings effective = settings;
        if (options.timeoutSeconds() > 0) {
            effective = effective.withServerSetting("statement_timeout", String.valueOf(options.timeoutSeconds() * 1000L));
        }
        return options.readOnly() ? ReadOnlyGuard.enforced(effective) : effective;
    }

    /**
     * {@code \\connect}: connects with {@code next} first, and only when that works closes the old connection and
     * makes the new one the session's; on failure the old one is kept and the failure thrown (exit code 2).
     */
    public void reconnect(ConnectionSettings given) {
        // A new connection string brings its own options: --timeout and read-only go on again, after them.
        boolean ownOptions = !given.parameters().equals(settings.parameters());
        ConnectionSettings next = ownOptions ? withSessionOptions(given, options) : given;
        ConnectionRouter fresh = new ConnectionRouter(next, options.replica(), err, cancellation);
        fresh.main();
        router.close();
        router = fresh;
        settings = next;
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

    /** What goes before a server message: {@code wadb:FILE:LINE: } while a script file runs (the runner sets it). */
    public Supplier<String> messageLocation() {
        return messageLocation;
    }

    public void messageLocation(Supplier<String> location) {
        this.messageLocation = location;
    }

    /** psql's pg_log_warning: see {@link #log(String, String)}. */
    public void warning(String message) {
        log("warning: ", message);
    }

    /** psql's pg_log_error for a complaint that is not a failure (a describe command that found nothing). */
    public void error(String message) {
        log("error: ", message);
    }

    /**
     * One line on stderr: {@code wadb:FILE:LINE: LEVEL…} while a script file runs; elsewhere ({@code -c}, stdin, the
     * prompt) the message alone after the program's name, as psql's terse logging prints it.
     */
    private void log(String level, String message) {
        String location = messageLocation.get();
        err.println((location.isEmpty() ? "wadb: " : location + level) + message);
    }

    /** The process facts of the call this session serves (environment, directory, terminals, zone). */
    public Invocation invocation() {
        return invocation;
    }

    /** {@code \\cd}, {@code \\setenv}: the call's directory or environment as the script changed it. */
    public void invocation(Invocation changed) {
        this.invocation = changed;
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

    /** A connection of its own for a command that commits its own transaction; the session's cancels reach it. */
    public Connection ownConnection(ConnectionSettings connectTo) {
        return cancellation.open(connectTo);
    }

    /** Ctrl-C: cancels whatever runs now on the session's connections; a command's transaction does not commit. */
    public void cancel() {
        cancels.incrementAndGet();
        router.cancel();
    }

    /** The caller is gone (see {@link Cancellation#end()}): what runs is cancelled, and nothing more commits. */
    public void end() {
        cancel();
        cancellation.end();
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

    /** As {@link #runSql(String, List, SinkFactory)}; {@code shown} is the statement as an error's LINE shows it. */
    public void runSql(String sql, List<?> parameters, SinkFactory sinks, String shown) {
        if (sql.indexOf('\0') >= 0) {
            // The protocol ends strings at a NUL; sent anyway, the server would drop the connection.
            throw WadbException.command("the statement holds a NUL byte, which cannot be sent");
        }
        ReadOnlyGuard.check(this, sql);
        try {
            SinkFactory effective = ScreenSinks.fitted(this, sinks);
            if (log != null) {
                log.write("********* QUERY **********\n" + sql + "\n**************************\n\n");
                log.flush();
                Writer to = log;
                effective = (options, writer) -> new com.vayyari.wadb.output.TeeSink(sinks.open(options, writer),
                        RowSinks.open(options.withFormat(com.vayyari.wadb.output.OutputFormat.TABLE), to));
            }
            rowCount = 0;
            router.execute(sql, parameters, new ResultPrinter(this, effective, shown, log));
            if (log != null) {
                log.flush();
            }
            output.flush();
        } catch (SQLException e) {
            throw sqlFailure(e, shown);
        } catch (IOException e) {
            throw WadbException.usage("could not write output: " + e.getMessage());
        }
    }

    /**
     * The server's standard_conforming_strings as its last ParameterStatus said (libpq's rule, which psql's lexer
     * follows); on before the first connection, the server default since 9.1.
     */
    public boolean standardStrings() {
        return router.standardStrings();
    }

    /** The key of {@code \\restrict} (what pg_dump writes around a dump), or null when backslash commands run. */
    public String restrictKey() {
        return restrictKey;
    }

    public void restrictKey(String key) {
        this.restrictKey = key;
    }

    /** psql's ROW_COUNT: rows the last statement returned or changed. */
    public long lastRowCount() {
        return rowCount;
    }

    void lastRowCount(long rows) {
        rowCount = rows;
    }

    /** Turns a failed statement into what psql prints for it; a dead connection becomes exit code 2. */
    public WadbException sqlFailure(SQLException e) {
        return sqlFailure(e, null);
    }

    public WadbException sqlFailure(SQLException e, String sql) {  // sql: what an error position points into
        Optional<String> text = ServerMessages.failure(e, sql, lostConnection(e), errorStyle, settings.password());
        if (text.isPresent()) {
            lastError = e;
            lastErrorQuery = sql;
            return new ServerMessageException(text.get(), e);
        }
        String line = ServerMessages.oneLine(e, settings.password());
        if (lostConnection(e)) {
            router.dropMain();
            return new WadbException(ExitCode.CONNECTION, line + " — the connection to the server was lost", e);
        }
        return new WadbException(ExitCode.COMMAND, line, e);
    }

    /** psql's {@code \\errverbose}: the last server error at VERBOSITY verbose and SHOW_CONTEXT always, if any. */
    public Optional<String> lastErrorVerbose() {
        ErrorStyle verbose = errorStyle.withVerbosity(ErrorStyle.Verbosity.VERBOSE)
                .withShowContext(ErrorStyle.ShowContext.ALWAYS);
        return lastError == null ? Optional.empty()
                : ServerMessages.failure(lastError, lastErrorQuery, false, verbose, settings.password());
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

    /** psql's {@code -L FILE} log, if there is one. */
    public java.util.Optional<Writer> log() {
        return java.util.Optional.ofNullable(log);
    }

    /** psql's {@code -L FILE}: from now on every query and its results are also appended to {@code file}. */
    public void logTo(java.nio.file.Path file) {
        try {
            log = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw WadbException.usage("error: could not open log file \"" + file + "\": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException ignored) {
                // the log is a copy; what it lost was printed to the output too
            }
        }
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

        /** Whether results now go to stdout itself (no file, no pipe). */
        default boolean toStdout() {
            return false;
        }
    }
}
