package com.vayyari.wadb.generate;

import com.vayyari.wadb.generate.ProgressListener.Phase;

/** Counts the rows of one phase and tells the listener every so many. */
final class Progress {

    private final ProgressListener listener;
    private final Phase phase;
    private final long total;
    private final int every;
    private long done;

    Progress(ProgressListener listener, Phase phase, long total, int every) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
        this.every = every;
        listener.progress(phase, 0, total);
    }

    void tick() {
        if (++done % every == 0) {
            listener.progress(phase, done, total);
        }
    }

    void finish() {
        if (done % every != 0) {
            listener.progress(phase, done, total);
        }
    }
}
