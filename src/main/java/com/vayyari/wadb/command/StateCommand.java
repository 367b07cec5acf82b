package com.vayyari.wadb.command;

import com.vayyari.wadb.db.Transactions;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Prompter;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.postgresql.core.TransactionState;
import picocli.CommandLine.Option;

/**
 * The safe way to change state: one transaction holding the change and its state_changes record,
 * {@code --dry-run} to see exactly what would change (made, shown, rolled back), and a confirmation when more
 * than {@value #BULK} chats would change: asked on a terminal, {@code --yes} in scripts, refused otherwise.
 */
abstract class StateCommand extends DomainCommand {

    /** More chats than this in one change need confirmation. */
    static final int BULK = 10;

    @Option(names = "--dry-run", description = "Show exactly what would change, and change nothing.")
    boolean dryRun;

    @Option(names = {"--yes", "-y"}, description = "Confirm a change of more than " + BULK + " chats (needed in scripts).")
    boolean yes;

    StateCommand(SessionProvider sessions) {
        super(sessions);
    }

    /**
     * A change; not --explain, which only prints, nor --dry-run, which makes the change and rolls it back, so a
     * read-only session may run it too.
     */
    @Override
    boolean changesData() {
        return !explain && !dryRun;
    }

    /**
     * What a change did.
     *
     * @param rows     every row it touched, changed or not
     * @param changeId its state_changes id; null when nothing changed or on a dry run
     */
    record Outcome(List<RowChange> rows, Long changeId) {
        List<RowChange> changed() {
            return rows.stream().filter(RowChange::changed).toList();
        }
    }

    /** What a command says about a change that was made; explain and dry runs are shown before it is asked. */
    @FunctionalInterface
    interface Report {
        void on(Outcome outcome) throws IOException;
    }

    /**
     * Runs {@code change} and shows it: the statements with --explain, field by field with --dry-run, otherwise
     * {@code report} and the change number to undo.
     */
    int change(Session session, StateChange change, Report report) throws IOException {
        Outcome outcome = apply(session, change);
        if (outcome == null) {
            return 0;
        }
        if (dryRun) {
            showDryRun(session, outcome);
            return 0;
        }
        report.on(outcome);
        if (outcome.changeId() != null) {
            say(session, "recorded as change " + outcome.changeId() + " (undo " + outcome.changeId() + " reverts it)");
        }
        return 0;
    }

    /** Runs {@code change} (or explains it); null after --explain. */
    private Outcome apply(Session session, StateChange change) throws IOException {
        if (explain) {
            say(session, "BEGIN;");
            for (Query query : change.plan()) {
                say(session, query.explain());
            }
            say(session, dryRun ? "ROLLBACK;" : "COMMIT;");
            return null;
        }
        Connection c = session.connection();
        try {
            if (session.runner().transactionState() != TransactionState.IDLE) {
                throw WadbException.usage(spec.name() + " runs in its own transaction: COMMIT or ROLLBACK the open one first");
            }
            return Transactions.inTransaction(c, tx -> {
                if (dryRun && session.options().readOnly()) {
                    // The session is default_transaction_read_only; this one transaction, always rolled back
                    // below, may write so that the server shows what the change would do.
                    try (Statement st = c.createStatement()) {
                        st.execute("SET TRANSACTION READ WRITE");
                    }
                }
                List<RowChange> rows = change.run(c);
                List<RowChange> changed = rows.stream().filter(RowChange::changed).toList();
                if (changed.isEmpty() || dryRun) {
                    tx.rollBackAtEnd();
                    return new Outcome(rows, null);
                }
                confirm(session, changed);
                return new Outcome(rows, change.record(c, changed));
            });
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    private void confirm(Session session, List<RowChange> changed) {
        long chats = changed.stream().filter(RowChange::touchesChat).map(RowChange::key).distinct().count();
        if (chats <= BULK || yes) {
            return;
        }
        Prompter console = session.invocation().terminalPrompter();
        if (console == null) {
            throw WadbException.usage(spec.name() + " would change " + chats + " chats; add --yes to confirm"
                    + " (or --dry-run to see them). Nothing was changed");
        }
        String answer = console.readLine(spec.name() + " would change " + chats + " chats. Go on? [y/N] ");
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw WadbException.usage("not confirmed; nothing was changed");
        }
    }

    /** Prints what a dry run found, field by field, and says that nothing changed. */
    private void showDryRun(Session session, Outcome outcome) throws IOException {
        for (RowChange row : outcome.changed()) {
            say(session, "would change " + row.table() + " " + row.key() + ":");
            for (String line : row.describe()) {
                say(session, "    " + line);
            }
        }
        say(session, "dry run: nothing was changed");
    }
}
