package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import picocli.CommandLine.Command;

@Command(name = "excluded", description = {"Chats excluded from processing, with the reason and since when."},
        footer = {"", "Examples:", "  wadb excluded", "  wadb --csv excluded > excluded.csv", "  wadb excluded --mask"})
public final class ExcludedCommand extends DomainCommand implements ListsRows {

    public ExcludedCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        print(session, Query.of("""
                SELECT t.jid, c.name, %s AS excluded_since, t.exclude_reason AS reason
                  FROM chat_tracking_state t JOIN chats c ON c.jid = t.jid
                 WHERE t.is_excluded
                 ORDER BY t.excluded_at, t.jid""".formatted(Times.shown("t.excluded_at"))));
        return 0;
    }
}
