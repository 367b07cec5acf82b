package com.vayyari.wadb.generate;

/**
 * Told how far a run is, so a caller can draw a progress bar. Called on the generating thread: at the start
 * of each phase with {@code done == 0}, every {@link GenerateOptions#progressEvery()} rows, and once more at
 * the end of the phase unless that count was just reported.
 */
@FunctionalInterface
public interface ProgressListener {

    /** The tables in the order they are loaded. */
    enum Phase { CHATS, MESSAGES, MEDIA_FILES, TRACKING }

    ProgressListener NONE = (phase, done, total) -> { };

    void progress(Phase phase, long done, long total);
}
