package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code setup --rum} and {@code search --by rank} over the RUM index it builds (issue 19): every match is ranked, not
 * only the newest {@link SearchCommand#RANKED}. The expected ranks come from the RUM distance computed row by row with
 * index scans turned off, independently of the statement wadb runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchRankedInIndexTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final String CHAT = "120363000000000201@g.us";
    private static final String QUERY = "websearch_to_tsquery('simple', 'common')";

    /**
     * 60,000 messages, newest last (more than newest-first search's probe of 50,000): "common" in every fifth (12,000
     * matches, six times {@link SearchCommand#RANKED}), twice in every fiftieth, and five times in one of the oldest,
     * which only a ranking of every match can put first.
     */
    @BeforeAll
    static void seed() throws Exception {
        Required.that(available(), "the server has no rum extension (Debian: postgresql-15-rum)");
        db.execute("INSERT INTO chats (jid, name) VALUES ('" + CHAT + "', 'Ranked')");
        db.execute("""
                INSERT INTO messages (message_id, jid, sender_jid, content, "timestamp")
                SELECT 'r' || i, '%s', '14155550100@s.whatsapp.net',
                       concat_ws(' ', 'text', i, CASE WHEN i = 12 THEN 'common common common common common'
                                                      WHEN i %% 50 = 0 THEN 'common and common'
                                                      WHEN i %% 5 = 0 THEN 'common' END),
                       1700000000 + i
                  FROM generate_series(1, 60000) i
                """.formatted(CHAT));
        db.execute("VACUUM ANALYZE messages");
    }

    private static boolean available() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")) {
            return rs.next();
        }
    }

    @Test
    @Order(1)
    void setupBuildsTheIndexOnceAndSaysSo() {
        Result first = wadb().run("--url", db.url(), "setup", "--rum");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("idx_messages_content_rum  created"), first.out());
        Result second = wadb().run("--url", db.url(), "setup", "--rum");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("idx_messages_content_rum  already there"), second.out());
        assertTrue(second.out().endsWith("schema is up to date; nothing changed\n"), second.out());
        Result printed = wadb().run("setup", "--print", "--rum");
        assertTrue(printed.out().contains("-- rum.sql\n") && printed.out().indexOf("-- rum.sql") > printed.out()
                .indexOf("-- 006_state_changes.sql"), "--print ends with rum.sql");
    }

    @Test
    @Order(2)
    void everyMatchIsRankedAndTheOldestBestMatchComesFirst() throws Exception {
        List<Float> best = bestDistances(100);
        List<String> first = search("--by", "rank");
        assertEquals("r12", first.get(0), "the five-times match, among the oldest, ranks first");
        assertEquals(best.subList(0, 50), distancesOf(first), "page 1 holds the 50 best ranks");
        List<String> second = search("--by", "rank", "--offset", "50");
        assertEquals(best.subList(50, 100), distancesOf(second), "page 2 the next 50");
        assertFalse(second.stream().anyMatch(first::contains), "no hit on both pages");
        assertNewestFirstWithinARank(first);
    }

    @Test
    @Order(3)
    void thePlanRanksInTheIndexAndSortsNoMoreThanItsCandidates() throws Exception {
        List<JsonNode> plan = SearchPlans.analyzed(db, "common", "--by", "rank");
        assertTrue(plan.stream().anyMatch(n -> n.path("Index Name").asText().equals("idx_messages_content_rum")),
                "ranked in the RUM index");
        long sorted = SearchPlans.largestSort(plan);
        assertTrue(sorted <= SearchCommand.probeRows(50, false), "a sort of " + sorted + " rows");
    }

    /**
     * A page whose edge falls in a rank that none of the newest 50,000 messages has: "rare" twice in 30 of the oldest
     * 60 messages and once in 68 others of the oldest 400; the best 30 leave 20 places to the newest of the 68, which
     * only the index's best can give.
     */
    @Test
    @Order(4)
    void placesAtARareEdgeGoToItsNewestMatches() throws Exception {
        db.execute("UPDATE messages SET content = content || CASE WHEN n <= 60 THEN ' rare rare' ELSE ' rare' END"
                + " FROM (SELECT id AS row, \"timestamp\" - 1700000000 AS n FROM messages) i WHERE id = row"
                + " AND (n <= 60 AND n % 2 = 0 OR n > 60 AND n <= 400 AND n % 5 = 1)");
        List<String> expected = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SET enable_indexscan = off");
            try (ResultSet rs = st.executeQuery("SELECT message_id FROM messages WHERE content_tsv @@ to_tsquery('simple',"
                    + " 'rare') ORDER BY content_tsv <=> to_tsquery('simple', 'rare'), \"timestamp\" DESC, id DESC LIMIT 50")) {
                while (rs.next()) {
                    expected.add(rs.getString(1));
                }
            }
        }
        List<String> found = searchFor("rare", "--by", "rank");
        assertEquals(expected, found);
        assertTrue(distancesOf(found).get(0) < distancesOf(found).get(49), "two ranks on the page: " + found);
    }

    /** Within one rank, the page lists the newest first, as newest-first search does. */
    private static void assertNewestFirstWithinARank(List<String> ids) throws Exception {
        List<Float> distances = distancesOf(ids);
        for (int i = 1; i < ids.size(); i++) {
            if (distances.get(i).equals(distances.get(i - 1))) {
                assertTrue(number(ids.get(i)) < number(ids.get(i - 1)), "newer first within a rank: " + ids);
            }
        }
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /** The {@code n} smallest RUM distances among all matches, each computed on its row (no index scan). */
    private static List<Float> bestDistances(int n) throws Exception {
        List<Float> best = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SET enable_indexscan = off");
            st.execute("SET enable_bitmapscan = off");
            try (ResultSet rs = st.executeQuery("SELECT content_tsv <=> " + QUERY + " AS d FROM messages"
                    + " WHERE content_tsv @@ " + QUERY + " ORDER BY d LIMIT " + n)) {
                while (rs.next()) {
                    best.add(rs.getFloat(1));
                }
            }
        }
        return best;
    }

    /** The RUM distance of each message, in the order given. */
    private static List<Float> distancesOf(List<String> ids) throws Exception {
        Map<String, Float> byId = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT message_id, content_tsv <=> "
                + QUERY + " FROM messages WHERE message_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getString(1), rs.getFloat(2));
                }
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    private static List<String> search(String... options) {
        return searchFor("common", options);
    }

    private static List<String> searchFor(String text, String... options) {
        List<String> all = new ArrayList<>(List.of("--url", db.url(), "--csv", "search", text));
        all.addAll(List.of(options));
        Result result = wadb().run(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return Csv.column(result.out(), "message_id");
    }
}
