package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.ReadOnlyGuard;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Server-side {@code COPY … FROM STDIN} and {@code COPY … TO STDOUT}, as psql runs them (copy.c): the data of a
 * {@code FROM STDIN} is the input's next lines up to {@code \.} (or its end), the rows of a {@code TO STDOUT} go
 * where query results go. The data of a COPY that fails is read to its end all the same, so that none of it is
 * ever taken for commands.
 */
final class ServerCopy {

    /** Which way the data flows, or neither when the statement is no COPY with STDIN or STDOUT. */
    enum Direction { IN, OUT, NONE }

    private static final String END_OF_DATA = "\\.";

    private final Session session;
    private CopyIn copy;
    private WadbException failure;
    /** The COPY was refused and that is said: its data is only read past. */
    private boolean reported;

    private ServerCopy(Session session) {
        this.session = session;
    }

    /** {@code COPY … FROM STDIN} or {@code COPY … TO STDOUT} at the top level of {@code sql}. */
    static Direction direction(String sql) {
        List<SqlToken> words = SqlTokenizer.tokens(sql).stream().filter(SqlToken::significant).toList();
        if (words.isEmpty() || !words.get(0).isWord("copy")) {
            return Direction.NONE;
        }
        int depth = 0;
        for (int i = 1; i + 1 < words.size(); i++) {
            SqlToken token = words.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 0 && token.isWord("from") && words.get(i + 1).isWord("stdin")) {
                return Direction.IN;
            }
            if (depth == 0 && token.isWord("to") && words.get(i + 1).isWord("stdout")) {
                return Direction.OUT;
            }
        }
        return Direction.NONE;
    }

    /** Runs a {@code COPY … TO STDOUT}: the rows, and no tag after them (psql prints none there). */
    static void out(Session session, String sql) throws IOException {
        ReadOnlyGuard.check(session, sql);
        try {
            session.output().flush();
            OutputStream bytes = session.output().bytes();
            var manager = session.connection().unwrap(PGConnection.class).getCopyAPI();
            if (bytes != null) {
                manager.copyOut(sql, bytes);
                bytes.flush();
            } else {
                manager.copyOut(sql, session.output().writer());
            }
            session.output().flush();
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    /** Starts a {@code COPY … FROM STDIN}; a refusal is kept and reported once its data has been read past. */
    static ServerCopy in(Session session, String sql) {
        ServerCopy started = new ServerCopy(session);
        try {
            ReadOnlyGuard.check(session, sql);  // a refusal is kept like the server's, so the data is read past
            session.output().flush();
            started.copy = session.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        } catch (SQLException e) {
            started.failure = session.sqlFailure(e);
        } catch (IOException | WadbException e) {
            started.failure = e instanceof WadbException w ? w : WadbException.usage(e.getMessage());
        }
        return started;
    }

    /** A COPY that never ran (its batch failed before it), whose data is only read past. */
    static ServerCopy readPast(Session session) {
        ServerCopy never = new ServerCopy(session);
        never.reported = true;
        return never;
    }

    /**
     * The refusal of a COPY the server would not start (psql reports it at once, at the COPY's line); its data is
     * still read past, and {@link #finish} then has nothing more to say.
     */
    java.util.Optional<WadbException> refusal() {
        WadbException refused = copy == null ? failure : null;
        if (refused != null) {
            failure = null;
            reported = true;
        }
        return java.util.Optional.ofNullable(refused);
    }

    /** One line of data; true when it was the end marker, after which {@link #finish} reports. */
    boolean line(String line) {
        if (line.equals(END_OF_DATA)) {
            return true;
        }
        if (copy != null && failure == null && !reported) {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                failure = session.sqlFailure(e);
                copy = null;
            }
        }
        return false;
    }

    /** The data from {@code in} (a {@code -c} COPY's stdin), up to {@code \\.} or its end. */
    void readAll(java.io.InputStream in) {
        java.io.BufferedReader data = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String next;
            while ((next = data.readLine()) != null && !line(next)) {
                // each line went to the server
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = WadbException.usage("could not read COPY data: " + e.getMessage());
            }
        }
    }

    /** Ends the data (at {@code \.} or the end of input): psql's {@code COPY n}, or the error. */
    void finish() throws IOException {
        if (copy != null && failure == null) {
            try {
                status(session, copy.endCopy());
            } catch (SQLException e) {
                failure = session.sqlFailure(e);
            }
        }
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the server has already ended the COPY with the error we report
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void status(Session session, long rows) throws IOException {
        if (!session.options().quiet()) {
            session.output().writer().write(session.print().statusLine("COPY " + rows));
            session.output().flush();
        }
    }
}
