package com.vayyari.wadb.exit;

/**
 * A failure to report to the user as one line, with the exit code it stands for. Never carries a password:
 * messages are built from masked settings only.
 */
public class WadbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public WadbException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public WadbException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static WadbException usage(String message) {
        return new WadbException(ExitCode.USAGE, message);
    }

    public static WadbException connection(String message, Throwable cause) {
        return new WadbException(ExitCode.CONNECTION, message, cause);
    }

    public static WadbException command(String message) {
        return new WadbException(ExitCode.COMMAND, message);
    }
}
