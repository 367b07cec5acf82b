package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "include", sortOptions = false,
        description = {"Include excluded chats again, and say where processing picks them up (resume_mode).",
                "A chat that is not excluded is left as it is. Each change is recorded; `undo` reverts it."},
        footer = {"", "Examples:",
                "  wadb include 919876543210@s.whatsapp.net                 # catch up from the last processed message",
                "  wadb include Family --from-now                           # skip what arrived while excluded",
                "  wadb include $(wadb -At -c 'SELECT jid FROM chat_tracking_state WHERE is_excluded') --yes"})
public final class IncludeCommand extends StateCommand {

    @Parameters(paramLabel = "JID|NAME", arity = "1..*", description = "Chats to include: JIDs or exact chat names.")
    List<String> chats;

    @ArgGroup(exclusive = true)
    ResumeMode mode = new ResumeMode();

    public IncludeCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        ChatTargets targets = ChatTargets.resolve(session, chats, false, !explain, "");
        String[] jids = targets.jidArray();
        StateChange change = new StateChange(commandText())
                .lock(StateChange.lockChats(jids))
                .lock(StateChange.holdProcessingState())
                .rows(RowSet.of("chat_tracking_state", targets.jids()))
                .change(Query.of("""
                        UPDATE chat_tracking_state
                           SET is_excluded = false, excluded_at = NULL, exclude_reason = NULL, resume_mode = ?,
                               updated_at = statement_timestamp()
                         WHERE jid = ANY(?) AND is_excluded""", mode.value(), jids));
        return change(session, change, outcome -> {
            for (RowChange row : outcome.rows()) {
                String chat = targets.label(row.key());
                say(session, row.changed() ? "included " + chat + " (resume " + mode.value().replace('_', ' ') + ")"
                        : "not excluded " + chat);
            }
        });
    }
}
