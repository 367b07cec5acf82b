package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code search} on the command line and in piped input: its orders, every filter, context, and the empty cases
 * (SearchOrderTest holds the orders against plain queries on enough rows for both of search's paths).
 */
class SearchCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeAll
    static void seed() throws Exception {
        Seed.load(db);
    }

    private static Result search(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--url";
        all[1] = db.url();
        all[2] = "--csv";
        all[3] = "search";
        System.arraycopy(args, 0, all, 4, args.length);
        return wadb().run(all);
    }

    private static List<String> ids(Result result) {
        assertEquals(0, result.exitCode(), result.err());
        return Csv.column(result.out(), "message_id");
    }

    @Test
    void newestFirstWithTimeChatSenderAndAPlainSnippet() {
        Result result = search("invoice");
        List<Map<String, String>> rows = Csv.rows(result.out());
        assertEquals(List.of("f2", "a2", "a1"), ids(result), "newest first");
        assertEquals(List.of("time", "chat", "sender", "snippet", "message_id"), List.copyOf(rows.get(0).keySet()));
        assertEquals("Family", rows.get(0).get("chat"));
        assertEquals("Asha", rows.get(0).get("sender"));
        assertTrue(rows.get(0).get("snippet").startsWith("invoice invoice invoice"), rows.get(0).get("snippet"));
        assertFalse(result.out().contains("\u001b"), "no escape codes outside a terminal");
        assertFalse(result.out().contains("\u20D0"), "no highlight marks outside a terminal");
        assertEquals("me", rows.stream().filter(r -> r.get("message_id").equals("a2")).findFirst().orElseThrow().get("sender"));
        assertTrue(rows.get(0).get("time").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[+-]\\d\\d(:\\d\\d)?"),
                rows.get(0).get("time"));
    }

    @Test
    void rankedPutsTheBestMatchFirstAndTheNewestFirstOnTies() {
        assertEquals(List.of("f2", "a2", "a1"), ids(search("invoice", "--by", "rank")), "f2 has the word thrice; a2 and a1 tie");
        assertEquals(List.of("t2", "t1"), ids(search("tiebreak", "--by", "rank")));
        Result wrong = search("invoice", "--by", "relevance");
        assertEquals(1, wrong.exitCode(), wrong.err());
        assertEquals("wadb: --by: \"relevance\" is not one of time, rank\n", wrong.err());
    }

    @Test
    void webSearchSyntaxPhrasesNegationAndOr() {
        assertEquals(List.of("a2"), ids(search("\"paying the invoice\"")));
        assertEquals(List.of("f2", "a1"), ids(search("invoice -paying")));
        assertEquals(List.of("f2", "a1"), ids(search("--", "invoice", "-paying")), "after --, -word is search text");
        assertEquals(List.of("f1", "f3"), List.copyOf(new java.util.TreeSet<>(ids(search("dinner or tonight")))));
    }

    @Test
    void filtersByChatNameOrJidSenderMediaAndFromMe() {
        assertEquals(List.of("f2"), ids(search("invoice", "--chat", "family")));
        assertEquals(List.of("f2"), ids(search("invoice", "--chat", Seed.FAMILY)));
        assertEquals(List.of("a2", "a1"), ids(search("invoice", "--chat", "919876543210@c.us")));
        assertEquals(List.of("f2", "a1"), ids(search("invoice", "--sender", "ASHA")));
        assertEquals(List.of("f2", "a1"), ids(search("invoice", "--sender", Seed.ASHA)));
        assertEquals(List.of("a1"), ids(search("invoice", "--media", "document")));
        assertEquals(List.of("a2"), ids(search("invoice", "--from-me")));
    }

    @Test
    void timeWindowsTakeAgesDatesAndDatetimes() {
        assertEquals(List.of("f2"), ids(search("invoice", "--since", "1d")));
        assertEquals(List.of("f2"), ids(search("invoice", "--since", "30h")));
        assertEquals(List.of("a1"), ids(search("invoice", "--until", "60h")));
        String since = LocalDateTime.now().minusHours(60).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        assertEquals(List.of("f2", "a2"), ids(search("invoice", "--since", since)));
        String day = LocalDateTime.now().minusDays(3).toLocalDate().toString();
        assertEquals(List.of("a1"), ids(search("invoice", "--since", day, "--until", day)));
        assertEquals(List.of(), ids(search("invoice", "--since", "today", "--until", "yesterday")));
    }

    @Test
    void limitAndOffsetPage() {
        List<String> all = ids(search("invoice"));
        assertEquals(all.subList(0, 1), ids(search("invoice", "--limit", "1")));
        assertEquals(all.subList(1, 3), ids(search("invoice", "--limit", "2", "--offset", "1")));
    }

    @Test
    void contextShowsNeighboursInChatOrderAndMarksTheHit() {
        Result result = search("invoice", "--chat", "Family", "--context", "1");
        List<Map<String, String>> rows = Csv.rows(result.out());
        assertEquals(List.of("f1", "f2", "f3"), rows.stream().map(r -> r.get("message_id")).toList());
        assertEquals(List.of("f", "t", "f"), rows.stream().map(r -> r.get("match")).toList());
        assertEquals(List.of("1", "1", "1"), rows.stream().map(r -> r.get("hit")).toList());
        assertEquals("dinner tonight?", rows.get(0).get("text"));
    }

    @Test
    void noHitSaysSoAndExitsZero() {
        Result result = search("zebra");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("no messages match \"zebra\""), result.err());
    }

    @Test
    void textWithoutWordsIsAClearError() {
        Result result = search("%_ \\ \"");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("wadb: nothing to search for in"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void textWithoutLettersOrDigitsAsksTheServer() {
        // ½ and ² are numbers to Unicode but no digits: the parser makes no word of them, nor of an emoji.
        for (String text : List.of("½ ²", "\uD83D\uDE00")) {
            Result result = search(text);
            assertEquals(1, result.exitCode(), text);
            assertTrue(result.err().startsWith("wadb: nothing to search for in"), result.err());
        }
    }

    /** The premise of SearchCommand.hasLetterOrDigit, on this server: each letter or digit alone is a lexeme. */
    @Test
    void everyLetterOrDigitIsALexemeOnTheServer() throws Exception {
        int[] letters = java.util.stream.IntStream.rangeClosed(1, Character.MAX_CODE_POINT)
                .filter(cp -> Character.isLetterOrDigit(cp) && !Character.isSurrogate((char) cp)).toArray();
        assertTrue(SearchCommand.hasLetterOrDigit("x") && !SearchCommand.hasLetterOrDigit("½ - \uD83D\uDE00"));
        try (java.sql.Connection c = db.connect(); java.sql.PreparedStatement st = c.prepareStatement(
                "SELECT coalesce(string_agg(to_hex(cp), ' '), '') FROM unnest(?::int[]) cp"
                        + " WHERE numnode(websearch_to_tsquery('simple', chr(cp))) = 0")) {
            st.setArray(1, c.createArrayOf("int4", java.util.Arrays.stream(letters).boxed().toArray()));
            try (java.sql.ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals("", rs.getString(1), "letters or digits without a lexeme, in hex");
            }
        }
        assertTrue(letters.length > 100_000, "checked " + letters.length + " code points");
    }

    @Test
    void maskHidesPhoneNumbersInSnippetsInEveryFormat() {
        Result csv = search("invoice", "--chat", "Family", "--mask");
        assertTrue(csv.out().contains("call me on +91•••••3210"), csv.out());
        Result json = wadb().run("--url", db.url(), "--json", "search", "invoice", "--chat", "Family", "--mask");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("+91•••••3210") && !json.out().contains("98765"), json.out());
    }

    @Test
    void explainPrintsTheStatementAndItsValuesAndRunsNothing() {
        Result result = wadb().run("--url", "postgresql://nobody@127.0.0.1:1/none", "search", "invoice", "--chat",
                Seed.FAMILY, "--explain");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("websearch_to_tsquery('simple', $1)"), result.out());
        assertTrue(result.out().contains("-- $1 = 'invoice'"), result.out());
        assertTrue(result.out().contains("'" + Seed.FAMILY + "'"), result.out());
        Result shown = wadb().run("--url", "postgresql://nobody@127.0.0.1:1/none", "search", "invoice", "--chat",
                Seed.FAMILY, "--show-sql");
        assertEquals(result.out(), shown.out(), "--show-sql is the same option, under the name SQL people expect");
    }

    @Test
    void pipedInputRunsTheSameCommand() {
        Result result = wadb().stdin("\\pset format csv\nsearch invoice --chat 'Family'\nsearch 'tiebreak'\n")
                .run("-q", "--url", db.url());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains(",f2\n"), result.out());
        assertTrue(result.out().indexOf(",t2\n") < result.out().indexOf(",t1\n"), result.out());
    }

    @Test
    void helpShowsExamples() {
        Result result = wadb().run("search", "--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Examples:") && result.out().contains("--context"), result.out());
    }
}
