package com.vayyari.wadb.session;

import java.util.Optional;

/**
 * What the interactive shell and the backslash commands that serve it share through the session: the last query
 * sent ({@code \watch}, {@code \save}, {@code \e}), whether long results go through a pager ({@code \pset pager}),
 * and a way to refresh completion ({@code \refresh}). Scripts have one too; nothing listens there.
 */
public final class Interaction {

    private volatile String lastQuery;
    private volatile boolean pager = true;
    private volatile Runnable completionRefresher;

    /** The last SQL statement sent to the server, as written. */
    public Optional<String> lastQuery() {
        return Optional.ofNullable(lastQuery);
    }

    public void lastQuery(String sql) {
        this.lastQuery = sql;
    }

    /** True if long results may go through the pager (psql's {@code \pset pager}, on by default). */
    public boolean pager() {
        return pager;
    }

    public void pager(boolean on) {
        this.pager = on;
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
