package com.vayyari.wadb.script;

import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.sql.StatementKind;
import com.vayyari.wadb.sql.StatementList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@code \;} batch with a {@code COPY … FROM STDIN} or {@code TO STDOUT} among its statements. psql sends such a
 * batch whole and serves the COPY when the server asks; pgjdbc can run a COPY only as a statement of its own, so
 * the batch goes in parts: the statements between COPYs together, each COPY alone, in one hidden transaction
 * standing for the implicit one the server would have given the whole text (none when the batch holds transaction
 * control of its own, or runs inside the user's transaction). Each part is sent after blanks in place of the text
 * before it, so that the server's error positions count in the whole batch, as psql shows them.
 */
final class CopyBatch {

    /** One part to send, and which way its COPY runs ({@code NONE} for a group of ordinary statements). */
    record Part(String sent, ServerCopy.Direction copy) {
    }

    private final Deque<Part> rest;
    private final boolean ownTransactionControl;
    final Intent.Exec exec;
    final String asTyped;
    final boolean timed;
    final Runnable sent;
    final long started = System.nanoTime();
    /** TransactionGuard's savepoint, ended with the batch. */
    boolean savepoint;
    /** A hidden BEGIN stands for the implicit transaction. */
    boolean implicit;

    private CopyBatch(List<Part> parts, boolean ownTransactionControl, Intent.Exec exec, String asTyped, boolean timed,
                      Runnable sent) {
        this.rest = new ArrayDeque<>(parts);
        this.ownTransactionControl = ownTransactionControl;
        this.exec = exec;
        this.asTyped = asTyped;
        this.timed = timed;
        this.sent = sent;
    }

    /** The batch {@code exec} sends, when it is several statements and one of them a COPY with STDIN or STDOUT. */
    static Optional<CopyBatch> of(Intent.Exec exec, String asTyped, boolean timed, Runnable sent) {
        String sql = exec.query();
        if (!StatementList.several(sql)) {
            return Optional.empty();
        }
        List<StatementList.Part> statements = StatementList.of(sql);
        if (statements.stream().allMatch(s -> ServerCopy.direction(s.text()) == ServerCopy.Direction.NONE)) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        int groupStart = -1;
        int groupEnd = -1;
        for (StatementList.Part statement : statements) {
            ServerCopy.Direction copy = ServerCopy.direction(statement.text());
            if (copy == ServerCopy.Direction.NONE) {
                groupStart = groupStart < 0 ? statement.start() : groupStart;
                groupEnd = statement.end();
                continue;
            }
            if (groupStart >= 0) {
                parts.add(new Part(padded(sql, groupStart, groupEnd), ServerCopy.Direction.NONE));
                groupStart = -1;
            }
            parts.add(new Part(padded(sql, statement.start(), statement.end()), copy));
        }
        if (groupStart >= 0) {
            parts.add(new Part(padded(sql, groupStart, groupEnd), ServerCopy.Direction.NONE));
        }
        boolean control = statements.stream().anyMatch(s -> StatementKind.of(s.text()) == StatementKind.TRANSACTION);
        return Optional.of(new CopyBatch(parts, control, exec, asTyped, timed, sent));
    }

    /** {@code sql} from {@code start} to {@code end}, after one blank per character before it (line breaks kept). */
    static String padded(String sql, int start, int end) {
        StringBuilder text = new StringBuilder(end);
        sql.substring(0, start).codePoints().forEach(c -> text.append(c == '\n' ? '\n' : ' '));
        return text.append(sql, start, end).toString();
    }

    /** True when the batch may stand in a hidden transaction of its own. */
    boolean wantsImplicitTransaction() {
        return !ownTransactionControl;
    }

    Part next() {
        return rest.poll();
    }

    /** The COPYs from STDIN still to come: after a failure their data is read past, never run. */
    long copiesInLeft() {
        return rest.stream().filter(p -> p.copy() == ServerCopy.Direction.IN).count();
    }
}
