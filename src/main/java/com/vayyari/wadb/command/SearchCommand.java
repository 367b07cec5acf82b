package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SingleValue;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", sortOptions = false,
        description = {"Full-text search over message text, best matches first (ts_rank), newest first on ties.",
                "TEXT is web-search syntax: words (all must occur), \"a quoted phrase\", -word to exclude, or."
                        + " Quote TEXT that starts with -, or put it after --.",
                "Shows the time (in the session's TimeZone, with its offset), chat, sender and a snippet with the hits"
                        + " (bold on a terminal)."},
        footer = {"", "Examples:",
                "  wadb search invoice",
                "  wadb search '\"see you tomorrow\" -cancel' --chat Family --since 7d",
                "  wadb search payment or invoice --sender 919876543210@s.whatsapp.net --limit 10",
                "  wadb search meeting --since 2024-05-01 --until 2024-05-31 --context 2",
                "  wadb --csv search refund --media document > hits.csv"})
public final class SearchCommand extends DomainCommand implements ListsRows {

    private static final String QUERY = "websearch_to_tsquery('simple', ?)";

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for (several words are joined).")
    List<String> words;

    @Mixin
    MessageFilter filter;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (paging).")
    int offset;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "Also show N messages before and after each hit, in chat order.")
    int context;

    public SearchCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        if (offset < 0 || context < 0 || context > 1000) {
            throw usage("--offset must be 0 or more, --context 0 to 1000");
        }
        String text = String.join(" ", words);
        if (!explain && !hasLetterOrDigit(text) && !hasLexemes(session, text)) {
            throw usage("nothing to search for in " + Arguments.show(text) + ": it has no words");
        }
        boolean bold = terminal(session);
        Query hits = context == 0 ? hits(session, text, bold) : withContext(session, text, bold);
        long rows = print(session, hits, UnaryOperator.identity(), bold);
        if (rows == 0 && !explain) {
            note(session, "no messages match " + Arguments.show(text));
        }
        return 0;
    }

    /** The ranked page of matching message ids: the GIN index finds them, ts_headline runs on the page only. */
    private Query.Builder page(Query.Builder sql, Session session, String text) {
        sql.add("SELECT m.id, m.jid, m.\"timestamp\" AS ts, ts_rank(m.content_tsv, " + QUERY + ") AS rank"
                + " FROM messages m WHERE m.content_tsv @@ " + QUERY, text, text);
        filter.appendTo(sql, session);
        return sql.add(" ORDER BY rank DESC, m.\"timestamp\" DESC, m.id DESC").limit("--limit", limit).add(" OFFSET ?", offset);
    }

    private static String snippet() {
        return Conversation.oneLine("ts_headline('simple', coalesce(m.content, ''), " + QUERY + ", ?)");
    }

    private static String columns() {
        return Conversation.TIME + ", " + Conversation.CHAT + ", " + Conversation.SENDER + ", ";
    }

    private Query hits(Session session, String text, boolean bold) {
        Query.Builder sql = new Query.Builder()
                .add("SELECT " + columns() + snippet() + " AS snippet, m.message_id FROM (", text,
                        Highlight.headlineOptions(bold));
        page(sql, session, text);
        return sql.add(") hit JOIN messages m ON m.id = hit.id JOIN chats c ON c.jid = m.jid"
                + " ORDER BY hit.rank DESC, m.\"timestamp\" DESC, m.id DESC").build();
    }

    private Query withContext(Session session, String text, boolean bold) {
        Query.Builder sql = new Query.Builder().add("WITH hit AS (SELECT row_number() OVER"
                + " (ORDER BY p.rank DESC, p.ts DESC, p.id DESC) AS n, p.* FROM (");
        page(sql, session, text);
        sql.add(") p) SELECT hit.n AS hit, m.id = hit.id AS match, " + columns()
                + "CASE WHEN m.id = hit.id THEN " + snippet() + " ELSE " + Conversation.oneLine("coalesce(m.content, '')")
                + " END AS text, m.message_id", text, Highlight.headlineOptions(bold));
        return sql.add(Conversation.around("hit") + " ORDER BY hit.n, m.\"timestamp\", m.id", context, context).build();
    }

    /** False for text without a searchable word ("%_", punctuation): a clear error beats "no matches". */
    /**
     * True when the text surely has a word to search for: with the 'simple' configuration every letter or digit
     * makes a lexeme (SearchCommandTest checks it for each such code point on the server), so only text without
     * one (punctuation, emoji, ½) costs the round trip of {@link #hasLexemes}.
     */
    static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean hasLexemes(Session session, String text) {
        return "t".equals(SingleValue.of(session, "SELECT numnode(" + QUERY + ") > 0", text));
    }
}
