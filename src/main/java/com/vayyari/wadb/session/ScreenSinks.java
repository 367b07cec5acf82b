package com.vayyari.wadb.session;

/**
 * Sinks that know the screen's width when results go to a terminal, as psql asks the tty (or {@code $COLUMNS})
 * for the wrapped format and {@code \\x auto} when its output is stdout and a terminal. Query results and the
 * describe commands' tables both go through here.
 */
public final class ScreenSinks {

    private ScreenSinks() {
    }

    /** {@code sinks}, told the terminal's width when the session's output is a terminal. */
    public static Session.SinkFactory fitted(Session session, Session.SinkFactory sinks) {
        Invocation invocation = session.invocation();
        if (!session.output().toStdout() || !invocation.terminals().stdout()) {
            return sinks;
        }
        int width = 0;
        try {
            width = Integer.parseInt(invocation.env().getOrDefault("COLUMNS", "").strip());
        } catch (NumberFormatException e) {
            // psql ignores a $COLUMNS that is not a number and asks the terminal.
        }
        int columns = width > 0 ? width : session.interaction().terminalWidth();
        return columns <= 0 ? sinks : (options, writer) -> sinks.open(options.with(b -> b.terminalColumns = columns), writer);
    }
}
