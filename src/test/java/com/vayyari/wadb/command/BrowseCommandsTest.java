package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reading commands: chats, messages, media, stats, status, excluded; their rows, filters and doors. */
class BrowseCommandsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @BeforeAll
    static void seed() throws Exception {
        Seed.load(db);
        db.execute("INSERT INTO chat_tracking_state (jid, is_excluded, excluded_at, exclude_reason)"
                + " VALUES ('14155550100@s.whatsapp.net', true, now(), 'noisy')");
    }

    private static Result csv(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--url";
        all[1] = db.url();
        all[2] = "--csv";
        System.arraycopy(args, 0, all, 3, args.length);
        Result result = wadb().run(all);
        assertEquals(0, result.exitCode(), result.err());
        return result;
    }

    private static List<String> names(Result result) {
        return Csv.column(result.out(), "name");
    }

    @Test
    void chatsListCountsAndLastActivityMostRecentFirst() {
        List<Map<String, String>> rows = Csv.rows(csv("chats").out());
        assertEquals(List.of("jid", "name", "is_group", "messages", "last_activity", "excluded"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("Bob", "Family", "Asha"), rows.stream().limit(3).map(r -> r.get("name")).toList());
        assertEquals(java.util.Set.of("100% real_deals", "1000 realxdeals club"),
                java.util.Set.of(rows.get(3).get("name"), rows.get(4).get("name")), "no activity: last, by name");
        assertEquals("3", rows.get(0).get("messages"));
        assertEquals("t", rows.get(0).get("excluded"));
        assertEquals("0", rows.get(4).get("messages"));
        assertEquals("f", rows.get(4).get("excluded"));
        assertEquals("", rows.get(4).get("last_activity"));
    }

    @Test
    void chatsFiltersGroupsDirectExcludedAndGlobs() {
        assertEquals(List.of("Family", "100% real_deals"), names(csv("chats", "--groups")));
        assertEquals(List.of("Bob", "Asha", "1000 realxdeals club"), names(csv("chats", "--direct")));
        assertEquals(List.of(), names(csv("chats", "--like", "real?deals")), "with a wildcard the glob is anchored");
        assertEquals(List.of("Bob"), names(csv("chats", "--excluded")));
        assertEquals(List.of("Family"), names(csv("chats", "--like", "FAM")));
        assertEquals(List.of("100% real_deals"), names(csv("chats", "--like", "100%")), "% is literal");
        assertEquals(List.of("100% real_deals"), names(csv("chats", "--like", "real_deals")), "_ is literal");
        assertEquals(java.util.Set.of("100% real_deals", "1000 realxdeals club"),
                java.util.Set.copyOf(names(csv("chats", "--like", "*real?deals*"))));
        assertEquals(List.of("Asha"), names(csv("chats", "--like", "91*@s.whatsapp.net")));
        assertEquals(List.of(), names(csv("chats", "--like", "\\")));
        assertEquals(List.of("Bob"), names(csv("chats", "--limit", "1")));
    }

    @Test
    void messagesShowAPageOldestFirst() {
        List<Map<String, String>> rows = Csv.rows(csv("messages", "Family").out());
        assertEquals(List.of("f1", "f2", "f3"), rows.stream().map(r -> r.get("message_id")).toList());
        assertEquals(List.of("time", "sender", "text", "media", "message_id"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("Bob", "Asha", "me"), rows.stream().map(r -> r.get("sender")).toList());
        assertEquals(List.of("f2", "f3"), Csv.column(csv("messages", Seed.FAMILY, "--limit", "2").out(), "message_id"));
        assertEquals(List.of("f1", "f2"), Csv.column(csv("messages", "family", "--before", "270m").out(), "message_id"));
        assertEquals("100% sure, it's an a_b test\nsecond line",
                Csv.rows(csv("messages", "Bob", "--limit", "3").out()).get(0).get("text"));
    }

    @Test
    void messagesAroundOneShowItsNeighbours() {
        List<Map<String, String>> rows = Csv.rows(csv("messages", "Family", "--around", "f2", "--context", "1").out());
        assertEquals(List.of("f1", "f2", "f3"), rows.stream().map(r -> r.get("message_id")).toList());
        assertEquals(List.of("f", "t", "f"), rows.stream().map(r -> r.get("match")).toList());
        Result missing = wadb().run("--url", db.url(), "messages", "Family", "--around", "a1");
        assertEquals(1, missing.exitCode());
        assertEquals("wadb: no message \"a1\" in chat " + Seed.FAMILY + "\n", missing.err());
        Result noChat = wadb().run("--url", db.url(), "messages", "Nobody");
        assertEquals(1, noChat.exitCode());
        assertTrue(noChat.err().startsWith("wadb: no chat named \"Nobody\""), noChat.err());
    }

    @Test
    void mediaFiltersByStatusTypeAndChat() {
        List<Map<String, String>> failed = Csv.rows(csv("media", "--status", "failed").out());
        assertEquals(1, failed.size());
        assertEquals("may.pdf", failed.get(0).get("file_name"));
        assertEquals("Asha", failed.get(0).get("chat"));
        assertEquals(List.of("dinner.jpg"), Csv.column(csv("media", "--type", "PHOTO", "--chat", "Family").out(), "file_name"));
        Result bad = wadb().run("--url", db.url(), "media", "--status", "lost");
        assertEquals(1, bad.exitCode());
        assertEquals("wadb: --status: \"lost\" is not one of pending, uploaded, migrated, failed\n", bad.err());
    }

    @Test
    void statsCountPerDayAndPerSenderWithNumbersOnlyOffTheTerminal() {
        List<Map<String, String>> days = Csv.rows(csv("stats").out());
        assertEquals(List.of("day", "messages"), List.copyOf(days.get(0).keySet()));
        assertEquals(8, days.stream().mapToInt(r -> Integer.parseInt(r.get("messages"))).sum());
        List<Map<String, String>> senders = Csv.rows(csv("stats", "--by", "sender").out());
        assertEquals("Bob", senders.get(0).get("sender"));
        assertEquals("4", senders.get(0).get("messages"));
        assertEquals(List.of("Bob", "Family", "Asha"), Csv.column(csv("stats", "--by", "chat").out(), "chat"));
        assertEquals(3, Csv.column(csv("stats", "--by", "month", "--chat", "Family").out(), "messages").stream()
                .mapToInt(Integer::parseInt).sum());
        assertFalse(csv("stats", "--by", "week").out().contains("█"));
    }

    @Test
    void statsDrawBarsAndSearchBoldensHitsOnATerminal() {
        var stats = TerminalSession.run(db.url(), OutputFormat.CSV, new StatsCommand(TerminalSession.provider()),
                "--by", "sender");
        assertEquals(0, stats.exitCode(), stats.err());
        List<Map<String, String>> rows = Csv.rows(stats.out());
        assertEquals("█".repeat(40), rows.get(0).get("bar"), "the largest count fills the chart");
        assertEquals("█".repeat(20), rows.get(1).get("bar"), "2 of 4");
        var search = TerminalSession.run(db.url(), OutputFormat.CSV, new SearchCommand(TerminalSession.provider()),
                "dinner", "--chat", "Family");
        assertTrue(search.out().contains("see you at \u001b[1mdinner\u001b[22m"), search.out());
    }

    @Test
    void statusSaysRunningOrPausedWithCounts() throws Exception {
        JsonNode status = new ObjectMapper().readTree(
                wadb().run("--url", db.url(), "--json", "status").out()).get(0);
        assertEquals("running", status.get("processing").asText());
        // chats counts them all, as `chats` lists them and `generate` reports "N chats (M groups)" (issue 17)
        assertEquals(5, status.get("chats").asInt());
        assertEquals(2, status.get("groups").asInt());
        assertEquals(8, status.get("messages").asInt());
        assertEquals(1, status.get("excluded_chats").asInt());
        assertEquals(1, status.get("media_failed").asInt());
        assertEquals(1, status.get("media_uploaded").asInt());
        // bytes, a number, for programs (it was the string "116 MB"); the human form in the table
        assertTrue(status.get("database_size_bytes").isIntegralNumber(), status.toString());
        assertTrue(status.get("database_size_bytes").asLong() > 1_000_000, status.toString());
        JsonNode after = new ObjectMapper().readTree(wadb().run("--url", db.url(), "status", "--json").out()).get(0);
        assertTrue(after.get("database_size_bytes").isIntegralNumber(), after.toString());
        Result piped = wadb().stdin("status\n").run("-q", "--url", db.url());
        assertEquals(0, piped.exitCode(), piped.err());
        assertTrue(piped.out().contains("running"), piped.out());
        assertTrue(piped.out().matches("(?s).*database_size +\\| \\d+ [kMG]B\n.*"), piped.out());
        assertTrue(piped.out().matches("(?s).*chats +\\| 5\n.*"), piped.out());
    }

    @Test
    void excludedListsReasonAndSince() {
        List<Map<String, String>> rows = Csv.rows(csv("excluded").out());
        assertEquals(1, rows.size());
        assertEquals(Seed.BOB, rows.get(0).get("jid"));
        assertEquals("noisy", rows.get(0).get("reason"));
        assertFalse(rows.get(0).get("excluded_since").isEmpty());
    }

    @Test
    void maskWorksOnEveryCommandAndFormat() {
        String chats = csv("chats", "--mask").out();
        assertTrue(chats.contains("91•••••3210@s.whatsapp.net") && !chats.contains(Seed.ASHA), chats);
        assertTrue(chats.contains("12•••••8901@g.us"), chats);
        String json = wadb().run("--url", db.url(), "--json", "excluded", "--mask").out();
        assertTrue(json.contains("14•••••0100@s.whatsapp.net") && !json.contains(Seed.BOB), json);
        Result table = wadb().run("--url", db.url(), "messages", "Family", "--mask");
        assertTrue(table.out().contains("+91•••••3210"), table.out());
    }

    @Test
    void pipedInputReachesEveryReadingCommand() {
        Result result = wadb().stdin("""
                \\pset format csv
                chats --groups
                messages Family --limit 1
                media --status failed
                stats --by chat
                excluded
                """).run("-q", "--url", db.url());
        assertEquals(0, result.exitCode(), result.err());
        for (String expected : List.of("100% real_deals", ",f3\n", "may.pdf", "Family,3", "noisy")) {
            assertTrue(result.out().contains(expected), expected + " in\n" + result.out());
        }
    }
}
