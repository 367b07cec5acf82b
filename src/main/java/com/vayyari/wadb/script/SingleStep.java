package com.vayyari.wadb.script;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * psql's SINGLESTEP ({@code -s}): each statement is shown before it is sent, and a line from standard input decides,
 * as psql reads it (at most two characters, up to a newline): one starting with {@code x} cancels the statement.
 */
final class SingleStep {

    private SingleStep() {
    }

    static boolean on(Session session) {
        return session.variables().isOn("SINGLESTEP");
    }

    /** Shows {@code query} and asks; true to send it. */
    static boolean confirmed(Session session, String query) {
        session.err().flush();
        PrintStream out = session.invocation().stdout();
        out.print("***(Single step mode: verify command)*******************************************\n"
                + query + "\n"
                + "***(press return to proceed or enter x and return to cancel)********************\n");
        out.flush();
        InputStream in = session.invocation().stdin();
        try {
            int first = in.read();
            if (first != -1 && first != '\n') {
                in.read();  // psql's fgets into three bytes reads a second character unless the line ended
            }
            return first != 'x';
        } catch (IOException e) {
            return true;  // psql sends the statement when nothing can be read
        }
    }
}
