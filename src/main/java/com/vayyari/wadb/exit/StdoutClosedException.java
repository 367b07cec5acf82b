package com.vayyari.wadb.exit;

/**
 * Standard output went away (the reader of {@code wadb … | head -1} stopped reading). psql dies of SIGPIPE then,
 * silently; wadb ends as quietly, with the status the shell shows for psql: whoever catches this prints nothing.
 */
public final class StdoutClosedException extends WadbException {

    private static final long serialVersionUID = 1L;

    public StdoutClosedException() {
        super(ExitCode.STDOUT_CLOSED, "cannot write to standard output");
    }
}
