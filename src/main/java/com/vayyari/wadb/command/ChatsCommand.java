package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chats", sortOptions = false,
        description = {"Chats and groups with their message counts and last activity, most recent first."},
        footer = {"", "--like is a glob: * any text, ? one character, anything else literal (also %% and _);",
                "without * or ? it matches anywhere in the name or JID. Case is ignored.", "",
                "Examples:", "  wadb chats --groups", "  wadb chats --like fam", "  wadb chats --like '91*@s.whatsapp.net'",
                "  wadb chats --excluded --json"})
public final class ChatsCommand extends DomainCommand implements ListsRows {

    @ArgGroup(exclusive = true)
    Kind kind = new Kind();

    static final class Kind {
        @Option(names = "--groups", description = "Only groups.")
        boolean groups;

        @Option(names = "--direct", description = "Only one-to-one chats.")
        boolean direct;
    }

    @Option(names = "--like", paramLabel = "PATTERN", description = "Only chats whose name or JID matches (see below).")
    String like;

    @Option(names = "--excluded", description = "Only chats excluded from processing.")
    boolean excluded;

    @Option(names = "--limit", paramLabel = "N", description = "At most N chats.")
    Integer limit;

    public ChatsCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        Query.Builder sql = new Query.Builder().add("""
                SELECT c.jid, c.name, c.is_group, coalesce(s.messages, 0) AS messages, s.last_activity,
                       coalesce(t.is_excluded, false) AS excluded
                  FROM chats c
                  LEFT JOIN LATERAL (SELECT count(*) AS messages,
                                            %s AS last_activity
                                       FROM messages m WHERE m.jid = c.jid) s ON true
                  LEFT JOIN chat_tracking_state t ON t.jid = c.jid
                 WHERE true""".formatted(Times.fromUnix("max(m.\"timestamp\")")));
        if (kind.groups) {
            sql.add(" AND c.is_group");
        }
        if (kind.direct) {
            sql.add(" AND NOT c.is_group");
        }
        if (like != null) {
            String pattern = Globs.toLike(like);
            sql.add(" AND (c.name ILIKE ? ESCAPE '\\' OR c.jid ILIKE ? ESCAPE '\\')", pattern, pattern);
        }
        if (excluded) {
            sql.add(" AND t.is_excluded");
        }
        sql.add(" ORDER BY s.last_activity DESC NULLS LAST, c.name, c.jid").limit("--limit", limit);
        print(session, sql.build());
        return 0;
    }
}
