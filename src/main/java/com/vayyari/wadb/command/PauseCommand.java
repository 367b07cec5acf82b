package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pause", sortOptions = false,
        description = {"Pause all processing (the processing_state row: is_paused, paused_at, pause_reason).",
                "Pausing while paused says so and changes nothing. Recorded in state_changes; `undo` reverts it."},
        footer = {"", "Examples:", "  wadb pause --reason 'database maintenance'", "  wadb pause --dry-run",
                "  wadb status"})
public final class PauseCommand extends StateCommand {

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (shown by `status`).")
    String reason;

    public PauseCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        StateChange change = new StateChange(commandText())
                .rows(RowSet.of("processing_state", List.of("1")))
                .change(Query.of("""
                        INSERT INTO processing_state AS p (id, is_paused, paused_at, pause_reason, updated_at)
                        VALUES (1, true, statement_timestamp(), ?, statement_timestamp())
                        ON CONFLICT (id) DO UPDATE
                           SET is_paused = true, paused_at = statement_timestamp(), pause_reason = EXCLUDED.pause_reason,
                               updated_at = statement_timestamp()
                         WHERE NOT p.is_paused""", reason));
        return change(session, change, outcome -> {
            RowChange state = outcome.rows().get(0);
            String why = state.field("pause_reason") == null ? "" : " (" + state.field("pause_reason") + ")";
            say(session, state.changed() ? "paused" + why
                    : "already paused since " + Times.text(session, state.field("paused_at")) + why);
        });
    }
}
