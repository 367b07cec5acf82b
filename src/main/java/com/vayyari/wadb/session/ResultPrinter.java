package com.vayyari.wadb.session;

import com.vayyari.wadb.output.ForwardingSink;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.sql.QueryRunner;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLWarning;

/**
 * Where one statement's results go: its result sets through the caller's sinks in the session's print options,
 * its command tags (unless quiet; beside data-only formats on stderr), its notices on stderr as psql prints them;
 * each result's row count becomes ROW_COUNT, and with {@code -L} tags are logged too.
 */
public final class ResultPrinter implements QueryRunner.ResultHandler {

    private final Session session;
    private final Session.SinkFactory sinks;
    /** The statement as an error's or notice's LINE shows it; null when not known. */
    private final String shown;
    private final Writer log;

    ResultPrinter(Session session, Session.SinkFactory sinks, String shown, Writer log) {
        this.session = session;
        this.sinks = sinks;
        this.shown = shown;
        this.log = log;
    }

    @Override
    public RowSink rows() throws IOException {
        return new ForwardingSink(sinks.open(session.print(), session.output().writer())) {
            @Override
            public void end(long rows) throws IOException {
                session.lastRowCount(rows);
                super.end(rows);
            }
        };
    }

    /** A command tag of the client's own making ({@code \\copy}'s "COPY n"), printed and logged as a statement's. */
    public static void status(Session session, String tag) throws IOException {
        new ResultPrinter(session, null, null, session.log().orElse(null)).status(tag);
    }

    @Override
    public void status(String tag) throws IOException {
        if (log != null && !tag.isEmpty()) {
            log.write(tag + "\n");
        }
        int space = tag.lastIndexOf(' ');
        if (space > 0 && tag.substring(space + 1).chars().allMatch(Character::isDigit)) {
            session.lastRowCount(Long.parseLong(tag.substring(space + 1)));
        }
        if (session.options().quiet() || tag.isEmpty()) {
            return;
        }
        if (session.print().format().dataOnly()) {
            session.err().println(tag);
        } else {
            session.output().writer().write(session.print().statusLine(tag));
        }
    }

    @Override
    public void notice(SQLWarning warning) {
        if (warning.getSQLState() != null && warning.getSQLState().startsWith("57P0")) {
            // "terminating connection due to …": the server is going away, and the lost connection that follows is
            // reported in one line of wadb's own.
            return;
        }
        session.err().print(session.messageLocation().get() + ServerMessages.notice(warning, shown,
                session.errorStyle(), session.settings().password()));
        session.err().flush();
    }

    /** psql's SHOW_ALL_RESULTS: off prints only the last result of a text of several statements. */
    @Override
    public boolean allResults() {
        return session.variables().isOn("SHOW_ALL_RESULTS");
    }
}
