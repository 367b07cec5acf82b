package com.vayyari.wadb.session;

import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.Screen;

/**
 * Sinks that know the screen's width when results go to a terminal, as psql asks the tty (or {@code $COLUMNS})
 * for the wrapped format and {@code \\x auto} when its output is stdout and a terminal. Query results and the
 * describe commands' tables both go through here, and the screen hears when an aligned table starts.
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
        return (options, writer) -> {
            boolean aligned = (options.format() == OutputFormat.TABLE || options.format() == OutputFormat.WRAPPED)
                    && !options.expanded();
            if (aligned && writer instanceof Screen screen) {
                screen.alignedTableStarts();
            }
            return sinks.open(columns <= 0 ? options : options.with(b -> b.terminalColumns = columns), writer);
        };
    }
}
