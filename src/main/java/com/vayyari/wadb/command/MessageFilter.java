package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import picocli.CommandLine.Option;

/** The message filters search and stats share; each adds one {@code AND} condition on {@code messages m}. */
final class MessageFilter {

    @Option(names = "--chat", paramLabel = "JID|NAME", description = "Only this chat (a JID, or a chat's exact name).")
    String chat;

    @Option(names = "--sender", paramLabel = "JID|NAME",
            description = "Only messages from this sender (a JID, or the sender's name, case-insensitively).")
    String sender;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "From this time on: 2024-05-01, '2024-05-01 14:30', 7d, 12h, today, yesterday.")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Before this time; a day given alone is included.")
    String until;

    @Option(names = "--media", paramLabel = "TYPE", completionCandidates = Choices.MediaTypes.class,
            description = "Only messages with media: photo, video, audio or document.")
    String media;

    @Option(names = "--from-me", description = "Only messages sent by this account.")
    boolean fromMe;

    /** Appends the conditions with their values; names are resolved to JIDs here. */
    Query.Builder appendTo(Query.Builder sql, Session session) {
        if (chat != null) {
            sql.add(" AND m.jid = ?", Jids.resolve(session, chat).jid());
        }
        if (sender != null) {
            if (Jids.looksLikeJid(sender)) {
                sql.add(" AND m.sender_jid = ?", Jids.normalize(sender));
            } else {
                sql.add(" AND lower(m.sender_name) = lower(?)", sender);
            }
        }
        TimeWindows times = TimeWindows.in(session.invocation().zone());
        if (since != null) {
            sql.add(" AND m.\"timestamp\" >= ?", times.lower("--since", since));
        }
        if (until != null) {
            sql.add(" AND m.\"timestamp\" < ?", times.upper("--until", until));
        }
        if (media != null) {
            sql.add(" AND m.media_type = ?", new Choices.MediaTypes().check("--media", media));
        }
        if (fromMe) {
            sql.add(" AND m.is_from_me");
        }
        return sql;
    }
}
