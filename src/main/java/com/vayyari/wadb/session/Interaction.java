package com.vayyari.wadb.session;

/**
 * What the interactive shell and the backslash commands that serve it share through the session: whether long
 * results go through a pager ({@code \pset pager}) and a way to refresh completion ({@code \refresh}). Scripts
 * have one too; nothing listens there. (The last query belongs to the script runner.)
 */
public final class Interaction {

    private volatile int pagerMode = 1;
    private volatile Runnable completionRefresher;
    private volatile java.util.function.IntSupplier terminalWidth = () -> 0;

    /** True if long results may go through the pager (psql's {@code \pset pager}, on by default). */
    public boolean pager() {
        return pagerMode != 0;
    }

    public void pager(boolean on) {
        this.pagerMode = on ? 1 : 0;
    }

    /** psql's {@code \pset pager} as it lists it: 0 off, 1 for long output, 2 always. */
    public int pagerMode() {
        return pagerMode;
    }

    public void pagerMode(int mode) {
        this.pagerMode = mode;
    }

    /** The terminal's width in columns, as the interactive shell knows it; 0 elsewhere. */
    public int terminalWidth() {
        return terminalWidth.getAsInt();
    }

    /** Set by the REPL: how to ask the terminal its width (it changes when the window does). */
    public void terminalWidth(java.util.function.IntSupplier width) {
        this.terminalWidth = width;
    }

    /** Set by the REPL: reloads the names completion offers. */
    public void completionRefresher(Runnable refresher) {
        this.completionRefresher = refresher;
    }

    /** Reloads completion's names; false when nothing completes here (not the interactive shell). */
    public boolean refreshCompletions() {
        Runnable refresher = completionRefresher;
        if (refresher == null) {
            return false;
        }
        refresher.run();
        return true;
    }
}
