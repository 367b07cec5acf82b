package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

@Command(name = "resume", sortOptions = false,
        description = {"Resume processing after `pause`. With --from-now (or --from-last) every tracked chat's"
                + " resume_mode is set too, in the same transaction.",
                "Resuming while running says so and changes nothing. Recorded in state_changes; `undo` reverts it."},
        footer = {"", "Examples:", "  wadb resume", "  wadb resume --from-now --dry-run",
                "  wadb resume --from-now --yes      # in a script, when more than 10 chats change"})
public final class ResumeCommand extends StateCommand {

    @ArgGroup(exclusive = true)
    ResumeMode mode = new ResumeMode();

    public ResumeCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        StateChange change = new StateChange(commandText()).rows(RowSet.of("processing_state", List.of("1")));
        if (mode.given()) {
            // The two modes are constants of ours, not user text.
            change.rows(RowSet.where("chat_tracking_state", "t.resume_mode <> '" + mode.value() + "'"))
                    .change(Query.of("""
                            UPDATE chat_tracking_state SET resume_mode = ?, updated_at = statement_timestamp()
                             WHERE resume_mode <> ? AND (SELECT is_paused FROM processing_state WHERE id = 1)""",
                            mode.value(), mode.value()));
        }
        change.change(Query.of("UPDATE processing_state SET is_paused = false, resumed_at = statement_timestamp(), updated_at = statement_timestamp()"
                + " WHERE id = 1 AND is_paused"));
        return change(session, change, outcome -> {
            RowChange state = outcome.rows().get(0);
            if (!state.changed()) {
                String since = Times.text(session, state.field("resumed_at"));
                say(session, "already running" + (since == null ? "" : " since " + since));
                return;
            }
            say(session, "resumed (paused since " + Times.text(session, state.field("paused_at")) + ")");
            long chats = outcome.changed().stream().filter(RowChange::touchesChat).count();
            if (mode.given()) {
                say(session, "resume mode " + mode.value().replace('_', ' ') + " set for " + chats + " chat"
                        + (chats == 1 ? "" : "s"));
            }
        });
    }
}
