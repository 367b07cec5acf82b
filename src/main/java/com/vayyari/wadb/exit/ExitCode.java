package com.vayyari.wadb.exit;

/** Exit codes, as psql's: scripts rely on them. */
public final class ExitCode {
    /** Everything ran. */
    public static final int OK = 0;
    /** wadb's own error: a bad argument, an unreadable file, an unwritable output. */
    public static final int USAGE = 1;
    /** The connection could not be made, or was lost. */
    public static final int CONNECTION = 2;
    /** An SQL statement or a command failed in non-interactive input. */
    public static final int COMMAND = 3;
    /**
     * Standard output was closed by its reader: psql is killed by SIGPIPE, which the shell reports as 128 + 13.
     * A JVM ignores SIGPIPE, so wadb exits with that number itself.
     */
    public static final int STDOUT_CLOSED = 141;

    /** A failure no ON_ERROR_STOP=0 goes on after: nothing is left to run statements on or to show them. */
    public static boolean endsTheRun(int code) {
        return code == CONNECTION || code == STDOUT_CLOSED;
    }

    private ExitCode() {
    }
}
