package com.vayyari.wadb.command;

import picocli.CommandLine.Option;

/** {@code --from-last | --from-now}: where processing picks a chat up again (chat_tracking_state.resume_mode). */
final class ResumeMode {

    @Option(names = "--from-last", description = "Catch up from the last processed message (resume_mode from_last).")
    boolean fromLast;

    @Option(names = "--from-now", description = "Skip the backlog: only messages from now on (resume_mode from_now).")
    boolean fromNow;

    boolean given() {
        return fromLast || fromNow;
    }

    /** The resume_mode value; from_last when neither option is given, as the column's default. */
    String value() {
        return fromNow ? "from_now" : "from_last";
    }
}
