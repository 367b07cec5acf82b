package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.ServerMessageException;
import com.vayyari.wadb.exit.StdoutClosedException;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.io.IOException;

/**
 * When an input stops at a failure and with what exit code. Until the user sets ON_ERROR_STOP, wadb's own rule: stop at
 * the first failure, exit with its code (3 for SQL). Once the user has set it, psql's: with it on, stop with 3 in a
 * script and 1 in {@code -c}; with it off, go on and end with 0 (1 for a failed {@code -c}). The REPL never stops.
 */
final class ExitRules {

    private final Session session;
    private final boolean interactive;
    private boolean commandDoor;
    /** The exit code of the first failure, 0 while none. */
    private int failure = ExitCode.OK;

    ExitRules(Session session, boolean interactive) {
        this.session = session;
        this.interactive = interactive;
    }

    /**
     * The input is {@code -c} text, where psql's codes are 1 rather than 3; each {@code -c} is an action of its own
     * whose code psql ends with, so an earlier one's failure is forgotten once psql's rules apply.
     */
    void commandDoor() {
        commandDoor = true;
        if (session.psqlErrorHandling()) {
            failure = ExitCode.OK;
        }
    }

    /** One step of the input: its exit code, or a failure it throws. */
    @FunctionalInterface
    interface Step {
        int run() throws IOException;
    }

    /** Runs {@code step}; after a failure, the exit code when the input must end now, else null. */
    Integer outcome(Step step) {
        try {
            int code = step.run();
            return code == ExitCode.OK ? null : afterFailure(code);
        } catch (WadbException e) {
            return failed(e);
        } catch (IOException e) {
            session.err().println("wadb: could not write output: " + e.getMessage());
            return afterFailure(ExitCode.USAGE);
        }
    }

    /**
     * Reports a failure: the server's text as psql prints it, wadb's own in one line, after {@code FILE:LINE: }
     * in a script file (and psql's {@code error: } before its own); the exit code when the input must end now,
     * else null.
     */
    Integer failed(WadbException e) {
        if (e instanceof StdoutClosedException) {
            return e.exitCode();  // psql would be dead of SIGPIPE by now, silently, even in its REPL
        }
        String location = session.messageLocation().get();
        if (e instanceof ServerMessageException) {
            session.err().println(location + e.getMessage());
        } else {
            session.err().println((location.isEmpty() ? "wadb: " : location + "error: ") + e.getMessage());
        }
        return afterFailure(e.exitCode());
    }

    /** After a failure with {@code code}: the exit code when the input must end now, else null. */
    Integer afterFailure(int code) {
        if (interactive) {
            return null;
        }
        if (code == ExitCode.CONNECTION) {
            return code;
        }
        if (failure == ExitCode.OK) {
            failure = code;
        }
        if (!session.options().onErrorStop()) {
            return null;
        }
        return session.psqlErrorHandling() ? (commandDoor ? ExitCode.USAGE : ExitCode.COMMAND) : code;
    }

    /** The exit code when the input ends (or at {@code \q}). */
    int atEnd() {
        if (!session.psqlErrorHandling()) {
            return failure;
        }
        return commandDoor && failure != ExitCode.OK ? ExitCode.USAGE : ExitCode.OK;
    }
}
