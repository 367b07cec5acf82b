package com.vayyari.wadb.command;

import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SingleValue;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "messages", sortOptions = false,
        description = {"A conversation: the newest messages of one chat (or those before a time, or around one"
                + " message), oldest first on the page. --follow keeps printing new ones as they arrive."},
        footer = {"", "Examples:",
                "  wadb messages Family",
                "  wadb messages 919876543210@s.whatsapp.net --limit 200 --before 2024-05-01",
                "  wadb messages Family --around 3EB0C767D2F1A4B8 --context 10",
                "  wadb messages Family --follow          # Ctrl-C to stop"})
public final class MessagesCommand extends DomainCommand implements ListsRows {

    private static final String COLUMNS = Conversation.TIME + ", " + Conversation.SENDER
            + ", m.content AS text, m.media_type AS media, m.message_id";

    @Parameters(paramLabel = "JID|NAME", description = "The chat: a JID or its exact name.")
    String chat;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N messages (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--before", paramLabel = "WHEN", description = "Only messages before this time (2024-05-01, 3d, ...).")
    String before;

    @Option(names = "--around", paramLabel = "MESSAGE_ID", description = "Show the messages around this one.")
    String around;

    @Option(names = "--context", paramLabel = "N", defaultValue = "5",
            description = "With --around: N messages before and after (default ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--follow", description = "After the page, keep printing new messages (polling; Ctrl-C stops).")
    boolean follow;

    @Override
    public boolean endless() {
        return follow;
    }

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "With --follow: seconds between polls (default ${DEFAULT-VALUE}).")
    double interval;

    public MessagesCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        if (context < 0 || context > 1000 || interval < 0.1) {
            throw usage("--context must be 0 to 1000, --interval at least 0.1");
        }
        if (follow && (around != null || before != null)) {
            throw usage("--follow shows the newest messages; it does not go with --around or --before");
        }
        String jid = explain ? Jids.resolve(session, chat).jid() : Jids.existing(session, chat).jid();
        if (around != null) {
            if (!explain && !hasMessage(session, jid)) {
                throw usage("no message " + Arguments.show(around) + " in chat " + jid);
            }
            print(session, aroundQuery(jid));
            return 0;
        }
        Query.Builder page = new Query.Builder().add("SELECT " + COLUMNS + " FROM (SELECT * FROM messages m WHERE m.jid = ?", jid);
        long last = follow && !explain ? newestId(session, jid) : 0;
        if (last > 0) {
            page.add(" AND m.id <= ?", last);
        }
        if (before != null) {
            page.add(" AND m.\"timestamp\" < ?", TimeWindows.in(session.invocation().zone()).upper("--before", before));
        }
        print(session, page.add(" ORDER BY m.\"timestamp\" DESC, m.id DESC").limit("--limit", limit)
                .add(") m ORDER BY m.\"timestamp\", m.id").build());
        if (follow && !explain) {
            follow(session, jid, last);
        }
        return 0;
    }

    private Query aroundQuery(String jid) {
        return new Query.Builder()
                .add("WITH anchor AS (SELECT id, jid, \"timestamp\" AS ts FROM messages WHERE jid = ? AND message_id = ?)"
                        + " SELECT " + COLUMNS + ", m.id = anchor.id AS match", jid, around)
                .add(Conversation.around("anchor") + " ORDER BY m.\"timestamp\", m.id", context, context)
                .build();
    }

    /**
     * Polls for messages newer than {@code last}; each batch prints without a header. Ends on Ctrl-C: the REPL
     * reports it to the session, the command line ends the process, a thread is interrupted.
     */
    private void follow(Session session, String jid, long last) throws IOException {
        UnaryOperator<PrintOptions> rowsOnly = print -> print.withTuplesOnly(true);
        long cancels = session.cancels();
        long seen = last;
        while (pause(session, cancels)) {
            long newest = newestId(session, jid);
            if (newest > seen) {
                print(session, Query.of("SELECT " + COLUMNS + " FROM messages m WHERE m.jid = ? AND m.id > ? AND m.id <= ?"
                        + " ORDER BY m.\"timestamp\", m.id", jid, seen, newest), rowsOnly, false);
                seen = newest;
            }
        }
    }

    /** Waits one interval in short steps; false as soon as Ctrl-C is pressed or the thread is interrupted. */
    private boolean pause(Session session, long cancels) {
        long until = System.nanoTime() + Math.round(interval * 1e9);
        try {
            while (System.nanoTime() < until) {
                if (session.cancels() != cancels) {
                    return false;
                }
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
            return session.cancels() == cancels;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long newestId(Session session, String jid) {
        return scalar(session, "SELECT coalesce(max(id), 0) FROM messages WHERE jid = ?", jid);
    }

    private boolean hasMessage(Session session, String jid) {
        try (PreparedStatement ps = session.connection().prepareStatement(
                "SELECT 1 FROM messages WHERE jid = ? AND message_id = ?")) {
            ps.setString(1, jid);
            ps.setString(2, around);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    private static long scalar(Session session, String sql, String value) {
        return Long.parseLong(SingleValue.of(session, sql, value));
    }
}
