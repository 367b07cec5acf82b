package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code chats} lists what a plain join and GROUP BY over the same data says, in the same order, whatever shape
 * its own query takes for speed: counts, last activity (as an instant), excluded, and the order by last activity,
 * name and JID, with each filter. Generated data, plus a chat without messages, one without a name and pairs whose
 * last messages share a second.
 */
class ChatsListingTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[XXX][X]");

    /** The reference: every chat with its messages counted by a join, newest activity first. */
    private static final String REFERENCE = """
            SELECT c.jid, c.name, c.is_group, count(m.id) AS messages, max(m."timestamp") AS last,
                   coalesce(t.is_excluded, false) AS excluded
              FROM chats c
              LEFT JOIN messages m ON m.jid = c.jid
              LEFT JOIN chat_tracking_state t ON t.jid = c.jid
             WHERE %s
             GROUP BY c.jid, c.name, c.is_group, t.is_excluded
             ORDER BY max(m."timestamp") DESC NULLS LAST, c.name, c.jid
             LIMIT %s""";

    @BeforeAll
    static void data() throws Exception {
        Result generated = wadb().run("--url", db.url(), "generate", "--chats", "12", "--messages", "3000", "--seed", "5");
        assertEquals(0, generated.exitCode(), generated.err());
        db.execute("""
                INSERT INTO chats (jid, name, is_group) VALUES ('15550000001@s.whatsapp.net', NULL, false),
                    ('15550000002@s.whatsapp.net', 'Quiet', false), ('15550000003@s.whatsapp.net', 'Zed', false),
                    ('15550000004@s.whatsapp.net', 'Amy', false), ('15550000006@s.whatsapp.net', 'Twin', false),
                    ('15550000005@s.whatsapp.net', 'Twin', false);
                -- ties on the last second: Zed/Amy ordered by name against their JIDs, the Twins by JID
                INSERT INTO messages (message_id, jid, content, "timestamp")
                SELECT 'tie-' || j, j, 'same second', ts
                  FROM (SELECT max("timestamp") AS top FROM messages) m,
                       LATERAL (VALUES ('15550000003@s.whatsapp.net', top + 60), ('15550000004@s.whatsapp.net', top + 60),
                                       ('15550000006@s.whatsapp.net', top - 60), ('15550000005@s.whatsapp.net', top - 60)) v(j, ts);
                INSERT INTO messages (message_id, jid, content, "timestamp")
                VALUES ('nameless', '15550000001@s.whatsapp.net', 'hi', 1700000000);
                INSERT INTO chat_tracking_state (jid, is_excluded, excluded_at) VALUES ('15550000002@s.whatsapp.net', true, now())
                ON CONFLICT (jid) DO UPDATE SET is_excluded = true;
                """);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(List.of(), "true", "ALL"),
                Arguments.of(List.of("--groups"), "c.is_group", "ALL"),
                Arguments.of(List.of("--direct"), "NOT c.is_group", "ALL"),
                Arguments.of(List.of("--excluded"), "t.is_excluded", "ALL"),
                Arguments.of(List.of("--like", "a"), "(c.name ILIKE '%a%' OR c.jid ILIKE '%a%')", "ALL"),
                Arguments.of(List.of("--limit", "3"), "true", "3"),
                Arguments.of(List.of("--direct", "--limit", "4"), "NOT c.is_group", "4"));
    }

    @ParameterizedTest(name = "chats {0}")
    @MethodSource("filters")
    void listsWhatAPlainGroupBySays(List<String> options, String where, String limit) throws Exception {
        List<String> expected = reference(where, limit);
        assertTrue(expected.size() >= 2, "too little to compare for " + options + ": " + expected);
        List<String> args = new ArrayList<>(List.of("--url", db.url(), "--csv", "chats"));
        args.addAll(options);
        Result result = wadb().run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        List<String> shown = new ArrayList<>();
        for (Map<String, String> row : Csv.rows(result.out())) {
            String last = row.get("last_activity").isEmpty() ? ""
                    : String.valueOf(OffsetDateTime.parse(row.get("last_activity"), SHOWN).toEpochSecond());
            shown.add(String.join("|", row.get("jid"), row.get("name"), row.get("is_group"), row.get("messages"), last,
                    row.get("excluded")));
        }
        assertEquals(expected, shown);
    }

    /** The reference rows as {@code jid|name|is_group|messages|last (unix seconds)|excluded}, csv's way with NULL. */
    private static List<String> reference(String where, String limit) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement(REFERENCE.formatted(where, limit));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(String.join("|", rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                        rs.getBoolean(3) ? "t" : "f", rs.getString(4), rs.getString(5) == null ? "" : rs.getString(5),
                        rs.getBoolean(6) ? "t" : "f"));
            }
        }
        return rows;
    }
}
