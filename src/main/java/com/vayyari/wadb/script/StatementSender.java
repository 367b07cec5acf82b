package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Session;
import java.util.List;

/**
 * psql's SendQuery for one input: a statement goes to the server with what psql does around it — ECHO, the hidden
 * BEGIN and savepoints of AUTOCOMMIT off and ON_ERROR_ROLLBACK, the result variables, {@code \timing} — and a
 * {@code COPY … FROM STDIN} takes the input's next lines as its data until {@code \.}.
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
        echo.query(asTyped);
        ServerCopy.Direction copy = ServerCopy.direction(sql);
        if (copy == ServerCopy.Direction.IN) {
            return startCopy(sql);
        }
        boolean[] failedHere = {false};
        Integer stop = exits.outcome(() -> {
            PrintOptions before = session.print();
            PrintOptions once = exec.print().apply(before);
            session.print(exec.expanded() ? once.withExpanded(true) : once);  // psql: \gx wins over (expanded=off)
            long started = System.nanoTime();
            boolean savepoint = transactions.before(sql);
            try {
                if (copy == ServerCopy.Direction.OUT) {
                    ServerCopy.out(session, sql);
                } else {
                    exec.target().around(session, () -> session.runSql(sql, List.of(), exec.sinks(), asTyped));
                }
                ResultVariables.succeeded(session);
            } catch (WadbException e) {
                ResultVariables.failed(session, e);
                failedHere[0] = true;
                throw e;
            } finally {
                session.print(before);
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
        return stop;
    }

    private Integer startCopy(String sql) {
        copyIn = ServerCopy.in(session, sql);
        java.util.Optional<WadbException> refused = copyIn.refusal();
        if (refused.isPresent()) {
            Integer stop = exits.failed(refused.get());
            if (stop != null || interactive) {
                // The input ends here, so its data is never read and never run; at the prompt, as in psql, there
                // is no data to skip: the next line typed is a command again.
                copyIn = null;
                return stop;
            }
        }
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

    /** Ends the COPY data (at {@code \.} or the end of the input) and reports how it went. */
    Integer endCopy() {
        ServerCopy ending = copyIn;
        copyIn = null;
        return exits.outcome(() -> {
            ending.finish();
            return ExitCode.OK;
        });
    }
}
