package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "exclude", sortOptions = false,
        description = {"Exclude chats from processing (chat_tracking_state.is_excluded, excluded_at, exclude_reason).",
                "A chat that is already excluded is left as it is. Each change is recorded in state_changes;"
                        + " `undo` reverts it. More than 10 chats need --yes (or a yes on the terminal)."},
        footer = {"", "Examples:",
                "  wadb exclude 919876543210@s.whatsapp.net --reason 'personal'",
                "  wadb exclude Family 120363012345678901@g.us --dry-run",
                "  wadb exclude 919876543210@c.us --create        # not in chats yet: add it, then exclude",
                "  wadb exclude $(cat spam-jids.txt) --yes --reason spam"})
public final class ExcludeCommand extends StateCommand {

    @Parameters(paramLabel = "JID|NAME", arity = "1..*",
            description = "Chats to exclude: JIDs (@c.us is read as @s.whatsapp.net) or exact chat names.")
    List<String> chats;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (shown by `excluded`).")
    String reason;

    @Option(names = "--create", description = "Accept JIDs that are not in chats yet: add them as chats first.")
    boolean create;

    public ExcludeCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        ChatTargets targets = ChatTargets.resolve(session, chats, create, !explain,
                " (exclude --create adds it to chats first)");
        String[] jids = targets.jidArray();
        StateChange change = new StateChange(commandText())
                .lock(StateChange.lockChats(jids))
                .lock(StateChange.holdProcessingState());
        if (create) {
            change.rows(RowSet.of("chats", List.of(targets.absentArray())))
                    .change(Query.of("INSERT INTO chats (jid, is_group) SELECT j, j LIKE '%@g.us' FROM unnest(?::text[]) AS j"
                            + " ON CONFLICT (jid) DO NOTHING", (Object) targets.absentArray()));
        }
        change.rows(RowSet.of("chat_tracking_state", targets.jids()))
                .change(Query.of("""
                        INSERT INTO chat_tracking_state AS t (jid, is_excluded, excluded_at, exclude_reason, updated_at)
                        SELECT j, true, statement_timestamp(), ?, statement_timestamp() FROM unnest(?::text[]) AS j
                        ON CONFLICT (jid) DO UPDATE
                           SET is_excluded = true, excluded_at = statement_timestamp(), exclude_reason = EXCLUDED.exclude_reason,
                               updated_at = statement_timestamp()
                         WHERE NOT t.is_excluded""", reason, jids));
        return change(session, change, outcome -> {
            for (RowChange row : outcome.rows()) {
                if (row.table().equals("chat_tracking_state")) {
                    String chat = targets.label(row.key());
                    say(session, row.changed() ? "excluded " + chat
                            : "already excluded " + chat + " since " + Times.text(session, row.field("excluded_at"))
                                    + reasonOf(row));
                }
            }
        });
    }

    static String reasonOf(RowChange row) {
        String why = row.field("exclude_reason");
        return why == null ? "" : " (" + why + ")";
    }
}
