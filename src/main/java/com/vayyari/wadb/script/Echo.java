package com.vayyari.wadb.script;

import com.vayyari.wadb.session.Session;

/**
 * psql's ECHO: {@code all} shows each input line as it is read, {@code queries} each statement as it is sent,
 * {@code errors} a statement that failed.
 */
final class Echo {

    private final Session session;
    private final boolean interactive;

    Echo(Session session, boolean interactive) {
        this.session = session;
        this.interactive = interactive;
    }

    /**
     * ECHO all, in scripts only: every line, except empty ones outside a quote or comment (psql skips those unread;
     * inside a string, quoted name, dollar quote or comment they are part of the statement).
     */
    void line(String line, char promptState) {
        boolean quoted = promptState == '\'' || promptState == '"' || promptState == '$' || promptState == '*';
        if (!interactive && mode().equals("all") && (!line.isEmpty() || quoted)) {
            print(line);
        }
    }

    /** ECHO all: a statement {@code \\gexec} made, before it runs (not under SINGLESTEP, which shows it anyway). */
    void generated(String sql) {
        if (mode().equals("all") && !SingleStep.on(session)) {
            print(sql);
        }
    }

    /** ECHO queries: the statement as it was typed, with its semicolon if it had one. */
    void query(String sql) {
        if (mode().equals("queries")) {
            print(sql);
        }
    }

    /** ECHO errors: after a statement's error, the statement on stderr, as psql's {@code STATEMENT:} line. */
    void failed(String sql) {
        if (mode().equals("errors")) {
            session.err().println(session.messageLocation().get() + "STATEMENT:  " + sql);
        }
    }

    /** A line on stdout whatever ECHO says (psql's COPY instructions). */
    void always(String text) {
        print(text);
    }

    private String mode() {
        return session.variables().choice("ECHO");
    }

    private void print(String text) {
        session.invocation().stdout().print(text + "\n");
        session.invocation().stdout().flush();
    }
}
