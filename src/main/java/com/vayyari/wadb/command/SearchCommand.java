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
        description = {"Full-text search over message text, newest first as WhatsApp lists hits; --by rank puts the"
                        + " best matches first: by ts_rank among the newest " + SearchCommand.RANKED + " matches, or every match"
                        + " where setup --rum built a RUM index.",
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

    /**
     * How many of the newest matches {@code --by rank} ranks. Ranking reads every candidate's tsvector, so an
     * unbounded rank costs time in proportion to the matches (a second for a word in 86,000 of 1M messages); the
     * newest few thousand keep it near 50 ms whatever the table's size, and a terminal is told when it applied.
     */
    static final int RANKED = 2000;

    /** Whether messages has a RUM index on content_tsv that can order by rank (ddl/rum.sql). */
    private static final String RUM_INDEX = "SELECT EXISTS (SELECT 1 FROM pg_index i"
            + " JOIN pg_opclass o ON o.oid = i.indclass[0] WHERE i.indrelid = 'messages'::regclass"
            + " AND i.indisvalid AND o.opcname = 'rum_tsvector_ops'"
            + " AND i.indkey[0] = (SELECT attnum FROM pg_attribute WHERE attrelid = 'messages'::regclass"
            + " AND attname = 'content_tsv'))";

    /** Newest first, as the time indexes ((jid, timestamp DESC) and (timestamp)) read them: a LIMIT stops them early. */
    private static final String NEWEST_FIRST = " ORDER BY m.\"timestamp\" DESC, m.id DESC";

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for (several words are joined).")
    List<String> words;

    @Mixin
    MessageFilter filter;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits (paging).")
    int offset;

    @Option(names = "--by", paramLabel = "ORDER", defaultValue = "time", completionCandidates = Choices.SearchOrders.class,
            description = "time: newest first (default); rank: best matches first, among the newest " + RANKED
                    + " (all, with setup --rum).")
    String by;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "Also show N messages before and after each hit, in chat order.")
    int context;

    /** Set when ranking: whether a RUM index ranks every match (else ts_rank ranks the newest {@link #RANKED}). */
    private boolean rankedInIndex;

    public SearchCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        if (offset < 0 || context < 0 || context > 1000) {
            throw usage("--offset must be 0 or more, --context 0 to 1000");
        }
        boolean ranked = new Choices.SearchOrders().check("--by", by).equals("rank");
        String text = String.join(" ", words);
        if (!explain && !hasLetterOrDigit(text) && !hasLexemes(session, text)) {
            throw usage("nothing to search for in " + Arguments.show(text) + ": it has no words");
        }
        rankedInIndex = ranked && "t".equals(SingleValue.of(session, RUM_INDEX, List.of()));
        boolean bold = terminal(session);
        Query hits = context == 0 ? hits(session, text, bold, ranked) : withContext(session, text, bold, ranked);
        long rows = print(session, hits, UnaryOperator.identity(), bold);
        if (rows == 0 && !explain) {
            note(session, "no messages match " + Arguments.show(text));
        }
        if (ranked && !rankedInIndex && bold && !explain && moreThanRanked(session, text)) {
            note(session, "(ranked the newest " + RANKED + " matches of more; narrow with --chat or --since to rank others)");
        }
        return 0;
    }

    /**
     * The page of matching message ids: newest first; or ranked, by a RUM index where there is one (ddl/rum.sql), else
     * among the newest {@link #RANKED} matches. Its cost follows the page, not the number of matches: see
     * {@link #newestMatches}.
     */
    private Query.Builder page(Query.Builder sql, Session session, String text, boolean ranked) {
        if (limit < 0) {
            throw usage("--limit must be 0 or more, not " + limit);
        }
        if (!ranked) {
            sql.add("SELECT n.id, n.jid, n.ts FROM (");
            newestMatches(sql, session, text, offset + limit, false);
            return sql.add(") n ORDER BY " + order("n", false)).limit("--limit", limit).add(" OFFSET ?", offset);
        }
        if (rankedInIndex) {
            return rankedByIndex(sql, session, text);
        }
        sql.add("SELECT c.id, c.jid, c.ts, ts_rank(c.content_tsv, " + QUERY + ") AS rank FROM (", text);
        newestMatches(sql, session, text, RANKED, true);
        return sql.add(") c ORDER BY rank DESC, " + order("c", false)).limit("--limit", limit).add(" OFFSET ?", offset);
    }

    /**
     * The page ranked by a RUM index, over every match. The index returns matches by its distance ({@code <=>}, smaller
     * is better), but in no fixed order among equal distances, and most matches of a word tie (one occurrence, one
     * rank): so the index gives the best {@code offset + limit} ({@code top}) and the distance at their edge; those
     * better than the edge are certainly in, and the places left go to the newest matches at the edge — found, as
     * newest-first search finds matches, among the newest {@link #probeRows} messages, else among as many of the
     * index's best. The rank is the distance negated, so the hits' order (rank DESC, then newest) reads as ts_rank's.
     */
    private Query.Builder rankedByIndex(Query.Builder sql, Session session, String text) {
        int wanted = Math.addExact(offset, limit);
        long probe = probeRows(wanted, filter.chat != null);
        sql.add("WITH top AS MATERIALIZED (");
        bestByIndex(sql, session, text, wanted);
        sql.add("), edge AS (SELECT max(d) AS d FROM top), ");
        probe(sql, session, text, wanted, false, " AND r.content_tsv <=> " + QUERY + " = (SELECT d FROM edge)", text);
        sql.add(" SELECT id, jid, ts, -d AS rank FROM top WHERE d < (SELECT d FROM edge)"
                + " UNION ALL SELECT id, jid, ts, -(SELECT d FROM edge) FROM probe WHERE (SELECT count(*) FROM probe) >= ?"
                + " UNION ALL (SELECT id, jid, ts, -d FROM (", wanted);
        bestByIndex(sql, session, text, probe);
        return sql.add(") w WHERE w.d = (SELECT d FROM edge) AND (SELECT count(*) FROM probe) < ?"
                        + " ORDER BY ts DESC, id DESC LIMIT ?) ORDER BY rank DESC, ts DESC, id DESC", wanted, wanted)
                .limit("--limit", limit).add(" OFFSET ?", offset);
    }

    /** The best {@code n} matches by the RUM index's distance {@code d}, ties in the index's own order. */
    private void bestByIndex(Query.Builder sql, Session session, String text, long n) {
        sql.add("SELECT m.id, m.jid, m.\"timestamp\" AS ts, m.content_tsv <=> " + QUERY + " AS d FROM messages m"
                + " WHERE m.content_tsv @@ " + QUERY, text, text);
        filter.appendTo(sql, session);
        sql.add(" ORDER BY m.content_tsv <=> " + QUERY + " LIMIT ?", text, n);
    }

    /**
     * The newest {@code wanted} matches (id, jid, ts and, if asked, content_tsv), in no particular order, in one
     * statement whose cost does not hang on the planner's guess of how many messages match (off by ten times for
     * two words that go together, "see you"; for a rare word taken for a common one, a walk of the whole table):
     * <ol>
     * <li>{@code probe}: the newest {@link #probeRows} messages (with the filters), read newest first through a time
     * index and tested one by one, stopping at the {@code wanted}-th match: a few hundred rows for a common word.
     * The LIMIT inside keeps the planner from taking the test into the scan;</li>
     * <li>when those hold fewer than {@code wanted} matches, matches are rarer than one in {@code probeRows / wanted}
     * messages, and the GIN index finds them all for a page; for ranking's thousands the planner may walk the time
     * index instead, which is sooner done for a word in one message in a hundred.</li>
     * </ol>
     */
    private void newestMatches(Query.Builder sql, Session session, String text, int wanted, boolean withTsv) {
        sql.add("WITH ");
        probe(sql, session, text, wanted, withTsv, "");
        sql.add(" SELECT * FROM probe WHERE (SELECT count(*) FROM probe) >= ?", wanted);
        sql.add(" UNION ALL (SELECT m.id, m.jid, m.\"timestamp\" AS ts" + (withTsv ? ", m.content_tsv" : "")
                + " FROM messages m WHERE m.content_tsv @@ " + QUERY, text);
        filter.appendTo(sql, session);
        // "+ 0" for a page: then matches are rarer than one in a thousand among the newest, and walking the time index
        // for them could read the table. Not for ranking's thousands, which a walk finds sooner when they are one in a
        // hundred than fetching them all would: the planner chooses.
        String time = wanted >= RANKED ? "m.\"timestamp\"" : "m.\"timestamp\" + 0";
        sql.add(" AND (SELECT count(*) FROM probe) < ? ORDER BY " + time + " DESC, m.id DESC LIMIT ?)", wanted, wanted);
    }

    /**
     * {@code probe}, a CTE: the newest {@code wanted} matches among the newest {@link #probeRows} messages (with the
     * filters), that also meet {@code also} (SQL about {@code r}, with its values), read newest first.
     */
    private void probe(Query.Builder sql, Session session, String text, int wanted, boolean withTsv, String also,
                       Object... alsoValues) {
        sql.add("probe AS MATERIALIZED (SELECT r.id, r.jid, r.ts" + (withTsv ? ", r.content_tsv" : "") + " FROM (SELECT"
                + " m.id, m.jid, m.\"timestamp\" AS ts, m.content_tsv FROM messages m WHERE true");
        filter.appendTo(sql, session);
        sql.add(NEWEST_FIRST + " LIMIT ?) r WHERE r.content_tsv @@ " + QUERY, probeRows(wanted, filter.chat != null), text);
        sql.add(also, alsoValues);
        sql.add(" ORDER BY r.ts DESC, r.id DESC LIMIT ?)", wanted);
    }

    /**
     * How many of the newest messages the probe tests at most: twenty for each match wanted, and no fewer than 50,000, so
     * that all matches are fetched only for words in fewer than one message in a thousand (for a page of 50). In one
     * chat, 20,000: a chat's matches are fewer than a table's, so fetching them all costs less; and the planner walks
     * one chat's newest messages through the table's time index, past every other chat's (bench/search at 10M:
     * rare words in the biggest chat 277 ms at 50,000, 19 ms at 5,000, but phrases 448 ms at p95 then; 20,000 keeps
     * both under 150 ms).
     */
    static long probeRows(int wanted, boolean oneChat) {
        return Math.max(oneChat ? 20_000L : 50_000L, 20L * wanted);
    }

    /** Whether more matches than {@link #RANKED} exist (asked on a terminal only, to say so). */
    private boolean moreThanRanked(Session session, String text) {
        Query.Builder sql = new Query.Builder().add("SELECT count(*) > ? FROM (", RANKED);
        newestMatches(sql, session, text, RANKED + 1, false);
        Query query = sql.add(") more").build();
        return "t".equals(SingleValue.of(session, query.sql(), query.params()));
    }

    /** The hits' order over {@code alias} (with columns id, ts and, ranked, rank). */
    private static String order(String alias, boolean ranked) {
        return (ranked ? alias + ".rank DESC, " : "") + alias + ".ts DESC, " + alias + ".id DESC";
    }

    private static String snippet() {
        return Conversation.oneLine("ts_headline('simple', coalesce(m.content, ''), " + QUERY + ", ?)");
    }

    private static String columns() {
        return Conversation.TIME + ", " + Conversation.CHAT + ", " + Conversation.SENDER + ", ";
    }

    private Query hits(Session session, String text, boolean bold, boolean ranked) {
        Query.Builder sql = new Query.Builder()
                .add("SELECT " + columns() + snippet() + " AS snippet, m.message_id FROM (", text,
                        Highlight.headlineOptions(bold));
        page(sql, session, text, ranked);
        return sql.add(") hit JOIN messages m ON m.id = hit.id JOIN chats c ON c.jid = m.jid"
                + " ORDER BY " + order("hit", ranked)).build();
    }

    private Query withContext(Session session, String text, boolean bold, boolean ranked) {
        Query.Builder sql = new Query.Builder().add("WITH hit AS (SELECT row_number() OVER"
                + " (ORDER BY " + order("p", ranked) + ") AS n, p.* FROM (");
        page(sql, session, text, ranked);
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
