package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code search}'s two orders on enough rows for both of its paths (issue 19): the newest 50,000 messages tested one by
 * one for a common word, the GIN index for a rare one. Each result is compared with a statement written here, plainly
 * and independently: newest first (time, then id), or ranked (ts_rank) among the newest {@link SearchCommand#RANKED}.
 */
class SearchOrderTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String BIG = "120363000000000101@g.us";
    private static final String SMALL = "120363000000000102@g.us";
    private static final int ROWS = 70_000;

    /**
     * 70,000 messages, two per second so that times tie and the id decides. "common" is in one message in ten (three
     * times in one in thirty, which ranks those higher), "sparse" in one in 2,000 (too few among the newest 50,000 for a
     * page of 50, so the GIN path answers), "ancient" only in the oldest 5,000, "alpha beta" as a phrase in one in 50
     * and as separate words in others; the small chat has every twentieth message.
     */
    @BeforeAll
    static void seed() throws Exception {
        db.execute("INSERT INTO chats (jid, name) VALUES ('" + BIG + "', 'Big'), ('" + SMALL + "', 'Small')");
        db.execute("""
                INSERT INTO messages (message_id, jid, sender_jid, content, "timestamp")
                SELECT 'm' || i, CASE WHEN i %% 20 IN (0, 7) THEN '%s' ELSE '%s' END, '14155550100@s.whatsapp.net',
                       concat_ws(' ', 'text', i,
                           CASE WHEN i %% 30 = 0 THEN 'common common common' WHEN i %% 10 = 0 THEN 'common' END,
                           CASE WHEN i %% 2000 = 7 THEN 'sparse' END,
                           CASE WHEN i <= 5000 AND i %% 100 = 3 THEN 'ancient' END,
                           CASE WHEN i %% 50 = 1 THEN 'alpha beta' WHEN i %% 50 = 2 THEN 'beta gamma alpha' END),
                       1700000000 + i / 2
                  FROM generate_series(1, %d) i
                """.formatted(SMALL, BIG, ROWS));
        db.execute("VACUUM ANALYZE messages");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "common          |                                  | ",
        "common          | --offset 120                     | ",
        "common          | --limit 7 --offset 3             | ",
        "sparse          |                                  | ",
        "ancient         |                                  | ",
        "ancient         | --offset 40                      | ",
        "\"alpha beta\"  |                                  | ",
        "alpha beta      |                                  | ",
        "common -sparse  |                                  | ",
        "common          | --chat Small                     | AND jid = '" + SMALL + "'",
        "sparse          | --chat Small                     | AND jid = '" + SMALL + "'",
        "common          | --since 2023-11-14T23:00:00Z     | AND \"timestamp\" >= 1700002800"})
    void newestFirstIsWhatAPlainQuerySays(String text, String extra, String condition) throws Exception {
        List<String> words = words(text, extra);
        List<String> expected = ids("SELECT message_id FROM messages WHERE content_tsv @@ websearch_to_tsquery('simple', ?) "
                + (condition == null ? "" : condition) + " ORDER BY \"timestamp\" DESC, id DESC LIMIT ? OFFSET ?",
                text, option(words, "--limit", 50), option(words, "--offset", 0));
        assertTrue(expected.size() > 0, "the case finds something");
        assertEquals(expected, search(words), String.join(" ", words));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "common | --by rank                  | ",
        "common | --by rank --offset 50      | ",
        "sparse | --by rank                  | ",
        "common | --by rank --chat Small     | AND jid = '" + SMALL + "'"})
    void rankedIsTheBestOfTheNewestMatches(String text, String extra, String condition) throws Exception {
        List<String> words = words(text, extra);
        List<String> expected = ids("WITH newest AS (SELECT * FROM messages WHERE content_tsv @@ to_tsquery('simple', ?) "
                + (condition == null ? "" : condition) + " ORDER BY \"timestamp\" DESC, id DESC LIMIT ?)"
                + " SELECT message_id FROM newest ORDER BY ts_rank(content_tsv, to_tsquery('simple', ?)) DESC,"
                + " \"timestamp\" DESC, id DESC LIMIT 50 OFFSET ?", text, SearchCommand.RANKED, text,
                option(words, "--offset", 0));
        assertEquals(expected, search(words), String.join(" ", words));
        if (text.equals("common")) {
            assertTrue(Integer.parseInt(expected.get(0).substring(1)) % 30 == 0, "thrice-common ranks first: " + expected);
        }
    }

    /** The search text as one argument, then the options. */
    private static List<String> words(String text, String extra) {
        List<String> words = new ArrayList<>(List.of(text.strip()));
        if (extra != null) {
            words.addAll(List.of(extra.strip().split(" +")));
        }
        return words;
    }

    /**
     * The planner is not trusted with a common word (7,000 matches here): newest first, no step of the statement
     * handles more than a tenth of them, whatever the planner guesses; ranked, nothing sorts more than the
     * {@link SearchCommand#RANKED} candidates. For a rare word the GIN index is used.
     */
    @Test
    void noStepHandlesAllMatchesOfACommonWord() throws Exception {
        long matches = Long.parseLong(ids("SELECT count(*)::text FROM messages WHERE content_tsv @@ to_tsquery('simple', ?)",
                "common").get(0));
        List<JsonNode> time = SearchPlans.analyzed(db, "common");
        long most = time.stream().mapToLong(n -> n.path("Actual Rows").asLong()).max().orElseThrow();
        assertTrue(most <= matches / 10, "newest first: a step handled " + most + " rows of " + matches + " matches");
        long sorted = SearchPlans.largestSort(SearchPlans.analyzed(db, "common", "--by", "rank"));
        assertTrue(sorted <= SearchCommand.RANKED, "ranked: a sort of " + sorted + " rows of " + matches + " matches");
        assertTrue(SearchPlans.analyzed(db, "sparse").stream().anyMatch(n -> n.path("Index Name").asText()
                .equals("idx_messages_content_tsv")), "a rare word is found through the GIN index");
    }

    private static int option(List<String> words, String name, int otherwise) {
        int at = words.indexOf(name);
        return at < 0 ? otherwise : Integer.parseInt(words.get(at + 1));
    }

    private static List<String> search(List<String> words) {
        List<String> all = new ArrayList<>(List.of("--url", db.url(), "--csv", "search"));
        all.addAll(words);
        Result result = wadb().run(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return Csv.column(result.out(), "message_id");
    }

    private static List<String> ids(String sql, Object... values) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

}
