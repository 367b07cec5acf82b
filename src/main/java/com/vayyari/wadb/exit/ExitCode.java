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

    private ExitCode() {
    }
}
