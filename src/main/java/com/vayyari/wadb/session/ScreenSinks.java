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

    /** {@code sinks}, told the terminal's width when the session's output is a terminal and the format needs it. */
    public static Session.SinkFactory fitted(Session session, Session.SinkFactory sinks) {
        Invocation invocation = session.invocation();
        if (!session.output().toStdout() || !invocation.terminals().stdout()) {
            return sinks;
        }
        return (options, writer) -> {
            boolean aligned = (options.format() == OutputFormat.TABLE || options.format() == OutputFormat.WRAPPED)
                    && !options.expanded();
            if (writer instanceof Screen screen) {
                screen.resultStarts(aligned, options.pagerMinLines());
            }
            // Asked only when needed: for a script on a terminal, the width costs a call to stty.
            boolean needed = options.columns() <= 0
                    && (options.format() == OutputFormat.WRAPPED || options.expandedAuto());
            int columns = needed ? screenColumns(session) : 0;
            return sinks.open(columns <= 0 ? options : options.with(b -> b.terminalColumns = columns), writer);
        };
    }

    /** $COLUMNS, else the shell's terminal, else the terminal on stdout. */
    private static int screenColumns(Session session) {
        return columns(session.invocation(), session.interaction().terminalWidth());
    }

    /**
     * The screen's width: {@code $COLUMNS} when set to a number, else {@code shell} (the REPL's terminal, 0 when
     * unknown), else the terminal on stdout when there is one; 0 when none says.
     */
    static int columns(Invocation invocation, int shell) {
        try {
            int width = Integer.parseInt(invocation.env().getOrDefault("COLUMNS", "").strip());
            if (width > 0) {
                return width;
            }
        } catch (NumberFormatException e) {
            // psql ignores a $COLUMNS that is not a number and asks the terminal.
        }
        if (shell > 0) {
            return shell;
        }
        return invocation.terminals().stdout() ? invocation.terminals().stdoutColumns().getAsInt() : 0;
    }
}
