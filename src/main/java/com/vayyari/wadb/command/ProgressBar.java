package com.vayyari.wadb.command;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal: scripts and pipes see nothing
 * but the final summary. Redraws at most ten times a second.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    /** A bar on {@code session}'s stderr, drawn only when the call's stderr is a terminal. */
    public ProgressBar(com.vayyari.wadb.session.Session session) {
        this(session.err(), session.invocation().terminals().stderr());
    }

    ProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Shows {@code done} of {@code total} (total 0 or less: a count without a bar). */
    public void show(String label, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line.append('[').append("█".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(String.format("%3d%% ", done * 100 / total));
        }
        line.append(label).append(' ').append(String.format("%,d", done));
        if (total > 0) {
            line.append(String.format("/%,d", total));
        }
        err.print(line.append("\u001b[K"));
        err.flush();
    }

    /** Clears the bar so the summary starts on a clean line. */
    public void finish() {
        if (enabled && drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
