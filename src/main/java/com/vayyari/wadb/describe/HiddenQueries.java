package com.vayyari.wadb.describe;

import com.vayyari.wadb.session.Session;
import java.io.PrintStream;

/**
 * psql's rule (PSQLexec) for the queries a backslash command runs for itself: with ECHO_HIDDEN on, each is shown on
 * standard output before it runs; with ECHO_HIDDEN noexec it is shown and not run, and the command then does
 * nothing more and counts as failed, as in psql.
 */
public final class HiddenQueries {

    private HiddenQueries() {
    }

    /** Shows {@code sql} when ECHO_HIDDEN asks; true when it may run. */
    public static boolean mayRun(Session session, String sql) {
        boolean noexec = session.variables().choice("ECHO_HIDDEN").equals("noexec");
        if (!noexec && !session.variables().isOn("ECHO_HIDDEN")) {
            return true;
        }
        String shown = "********* QUERY **********\n" + sql + "\n**************************\n\n";
        PrintStream stdout = session.invocation().stdout();
        stdout.print(shown);
        stdout.flush();
        session.log().ifPresent(log -> {  // psql's PSQLexec logs the query it shows, and only then
            try {
                log.write(shown);
                log.flush();
            } catch (java.io.IOException e) {
                // the log is a copy; psql goes on when it cannot write one
            }
        });
        return !noexec;
    }
}
