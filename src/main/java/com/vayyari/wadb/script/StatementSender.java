package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * psql's SendQuery for one input: a statement goes to the server with what psql does around it — ECHO, the hidden
 * BEGIN and savepoints of AUTOCOMMIT off and ON_ERROR_ROLLBACK, the result variables, {@code \timing}, the NOTIFYs
 * that came in — and a {@code COPY … FROM STDIN} takes the input's next lines as its data until {@code \.}, also
 * from within a {@code \;} batch, which then goes on after the data.
 */
final class StatementSender {

    private final Session session;
    private final ExitRules exits;
    private final Echo echo;
    private final TransactionGuard transactions;
    private final boolean interactive;
    /** True for {@code -c}: COPY data comes from stdin rather than from the text. */
    private boolean commandDoor;
    /** The COPY … FROM STDIN whose data the next lines are, if any. */
    private ServerCopy copyIn;
    /** The batch that goes on when {@link #copyIn}'s data ends, if it is part of one. */
    private CopyBatch batch;
    /** COPYs from STDIN of a failed batch whose data comes after {@link #copyIn}'s, to be read past too. */
    private long copiesToReadPast;

    StatementSender(Session session, ExitRules exits, Echo echo, boolean interactive) {
        this.session = session;
        this.exits = exits;
        this.echo = echo;
        this.interactive = interactive;
        this.transactions = new TransactionGuard(session, interactive);
    }

    void commandDoor() {
        commandDoor = true;
    }

    /** True while the next lines are COPY data. */
    boolean copying() {
        return copyIn != null;
    }

    /**
     * Sends {@code exec}'s statement with its print options and to its destination for this once (ECHO shows it
     * {@code asTyped}, with its semicolon if it had one, and an error's LINE quotes it so), timed when {@code timed};
     * {@code sent} runs after it succeeded. The exit code when the input must end now, else null.
     */
    Integer send(Intent.Exec exec, String asTyped, boolean timed, Runnable sent) {
        String sql = exec.query();
        if (SingleStep.on(session)) {
            if (!SingleStep.confirmed(session, asTyped)) {
                return exits.outcome(() -> ExitCode.COMMAND);  // psql: a cancelled statement failed, silently
            }
        } else {
            echo.query(asTyped);
        }
        Optional<CopyBatch> withCopy = CopyBatch.of(exec, asTyped, timed, sent);
        if (withCopy.isPresent()) {
            return startBatch(withCopy.get());
        }
        ServerCopy.Direction copy = ServerCopy.direction(sql);
        if (copy == ServerCopy.Direction.IN) {
            return startCopy(sql);
        }
        boolean[] failedHere = {false};
        Integer stop = exits.outcome(() -> {
            long started = System.nanoTime();
            boolean savepoint = transactions.before(sql);
            try {
                failedHere[0] = true;
                runPart(exec, sql, copy, asTyped);
                failedHere[0] = false;
            } finally {
                transactions.after(savepoint, sql);
            }
            sent.run();
            if (timed) {
                Timing.report(session, System.nanoTime() - started);
            }
            return ExitCode.OK;
        });
        if (failedHere[0]) {
            echo.failed(asTyped);
        }
        Notifications.print(session);
        return stop;
    }

    /** One statement or group of statements, or a COPY TO STDOUT, with {@code exec}'s print options and target. */
    private void runPart(Intent.Exec exec, String sql, ServerCopy.Direction copy, String asTyped) throws IOException {
        PrintOptions before = session.print();
        PrintOptions once = exec.print().apply(before);
        session.print(exec.expanded() ? once.withExpanded(true) : once);  // psql: \gx wins over (expanded=off)
        try {
            if (copy == ServerCopy.Direction.OUT) {
                ServerCopy.out(session, sql);
            } else {
                exec.target().around(session, () -> session.runSql(sql, List.of(), exec.sinks(), asTyped));
            }
            ResultVariables.succeeded(session);
        } catch (WadbException e) {
            ResultVariables.failed(session, e);
            throw e;
        } finally {
            session.print(before);
        }
    }

    private Integer startBatch(CopyBatch started) {
        batch = started;
        Integer stop = exits.outcome(() -> {
            started.savepoint = transactions.before(started.exec.query());
            started.implicit = started.wantsImplicitTransaction() && transactions.beginImplicit();
            return ExitCode.OK;
        });
        return stop != null ? endBatch(false, stop) : continueBatch();
    }

    /**
     * Runs the batch's parts until a COPY FROM STDIN waits for its data (null: the next lines are that data), the
     * batch ends or a part fails; the exit code when the input must end now, else null.
     */
    private Integer continueBatch() {
        for (CopyBatch.Part next = batch.next(); next != null; next = batch.next()) {
            CopyBatch.Part part = next;
            if (part.copy() == ServerCopy.Direction.IN) {
                copyIn = ServerCopy.in(session, part.sent());
                Optional<WadbException> refused = copyIn.refusal();
                if (refused.isPresent()) {
                    copyIn = null;
                    ResultVariables.failed(session, refused.get());
                    return endBatch(false, exits.failed(refused.get()), true);
                }
                return waitForData();
            }
            boolean[] failed = {true};
            Integer stop = exits.outcome(() -> {
                runPart(batch.exec, part.sent(), part.copy(), batch.asTyped);
                failed[0] = false;
                return ExitCode.OK;
            });
            if (failed[0]) {
                return endBatch(false, stop);
            }
        }
        return endBatch(true, null);
    }

    /**
     * Ends the batch: its hidden transaction committed or rolled back, the savepoint, the timing. After a failure
     * the data of its COPYs from STDIN that never ran is read past (except at the prompt, where nothing is read
     * ahead, or when the input ends now), as a single COPY's is. {@code refusedCopy}: the failure was a COPY's own,
     * whose data comes next too.
     */
    private Integer endBatch(boolean succeeded, Integer stop, boolean refusedCopy) {
        CopyBatch ending = batch;
        batch = null;
        long unread = succeeded ? 0 : ending.copiesInLeft() + (refusedCopy ? 1 : 0);
        Integer ended = exits.outcome(() -> {
            if (ending.implicit) {
                transactions.endImplicit(succeeded);
            }
            transactions.after(ending.savepoint, ending.exec.query());
            if (succeeded) {
                ending.sent.run();
                if (ending.timed) {
                    Timing.report(session, System.nanoTime() - ending.started);
                }
            }
            return ExitCode.OK;
        });
        if (!succeeded) {
            echo.failed(ending.asTyped);
        }
        Notifications.print(session);
        Integer result = stop != null ? stop : ended;
        if (result == null && unread > 0 && !interactive) {
            copiesToReadPast = unread - 1;
            copyIn = ServerCopy.readPast(session);
            return waitForData();
        }
        return result;
    }

    private Integer endBatch(boolean succeeded, Integer stop) {
        return endBatch(succeeded, stop, false);
    }

    private Integer startCopy(String sql) {
        copyIn = ServerCopy.in(session, sql);
        Optional<WadbException> refused = copyIn.refusal();
        if (refused.isPresent()) {
            Integer stop = exits.failed(refused.get());
            if (stop != null || interactive) {
                // The input ends here, so its data is never read and never run; at the prompt, as in psql, there
                // is no data to skip: the next line typed is a command again.
                copyIn = null;
                return stop;
            }
        }
        return waitForData();
    }

    /** The COPY is under way: at the prompt say how to end the data; for {@code -c} read it from stdin now. */
    private Integer waitForData() {
        if (interactive && !session.options().quiet()) {
            echo.always("Enter data to be copied followed by a newline.\n"
                    + "End with a backslash and a period on a line by itself, or an EOF signal.");
        }
        if (commandDoor) {  // psql -c: the data is on stdin
            copyIn.readAll(session.invocation().stdin());
            return endCopy();
        }
        return null;
    }

    /** One line of COPY data; at {@code \.} the COPY ends and its outcome is reported. */
    Integer copyLine(String line) {
        return copyIn.line(line) ? endCopy() : null;
    }

    /** Ends the COPY data (at {@code \.} or the end of the input), reports how it went, and goes on with a batch. */
    Integer endCopy() {
        ServerCopy ending = copyIn;
        copyIn = null;
        boolean[] failed = {true};
        Integer stop = exits.outcome(() -> {
            ending.finish();
            failed[0] = false;
            return ExitCode.OK;
        });
        if (batch != null) {
            return failed[0] ? endBatch(false, stop) : continueBatch();
        }
        if (stop == null && copiesToReadPast > 0) {
            copiesToReadPast--;
            copyIn = ServerCopy.readPast(session);
        }
        return stop;
    }
}
