package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every time a domain command shows, in every format, in one form: psql's text of a timestamptz(0) in tables and
 * csv ({@code 2024-12-30 18:04:05+05:30}), ISO 8601 with an offset in json and ndjson, the same instant in all of
 * them, in the session's zone. A command that went back to a local timestamp, to fractions of a second, or to a
 * time formatted another way fails here.
 */
class CommandTimesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    /** psql's timestamptz(0) under DateStyle ISO: whole-hour offsets without minutes, as the server prints them. */
    private static final Pattern SHOWN = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[+-]\\d\\d(:\\d\\d)?");
    /** Anything that looks like a date with a time of day, in any of the forms a command could slip back to. */
    private static final Pattern TIME_LIKE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(Z|[+-]\\d\\d(:?\\d\\d)?)?");
    private static final DateTimeFormatter SHOWN_PARSER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[XXX][X]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String chat;
    private static String message;

    @BeforeAll
    static void data() throws Exception {
        run("UTC", "generate", "--chats", "6", "--messages", "600", "--seed", "17");
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT jid, message_id FROM messages ORDER BY id LIMIT 1")) {
            rs.next();
            chat = rs.getString(1);
            message = rs.getString(2);
        }
        // a recorded change, a paused processing_state and an excluded chat of our own, so every time column has values
        run("UTC", "exclude", chat, "--reason", "times test");
        run("UTC", "pause", "--reason", "times test");
    }

    /** Each time-bearing command, and the columns that hold its times. */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("chats"), List.of("last_activity")),
                Arguments.of(List.of("chats", "--excluded"), List.of("last_activity")),
                Arguments.of(List.of("messages", "@chat", "--limit", "5"), List.of("time")),
                Arguments.of(List.of("messages", "@chat", "--around", "@message", "--context", "2"), List.of("time")),
                Arguments.of(List.of("search", "the", "--limit", "5"), List.of("time")),
                Arguments.of(List.of("search", "the", "--limit", "2", "--context", "1"), List.of("time")),
                Arguments.of(List.of("media", "--limit", "5"), List.of("created")),
                Arguments.of(List.of("status"), List.of("since", "newest_message")),
                Arguments.of(List.of("excluded"), List.of("excluded_since")),
                Arguments.of(List.of("changes"), List.of("changed_at")));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("commandsInZones")
    void everyFormatShowsTheSameInstantsInOneForm(List<String> command, List<String> columns, String zone) throws Exception {
        List<Map<String, String>> csv = Csv.rows(run(zone, "--csv", command).out());
        assertFalse(csv.isEmpty(), "no rows from " + command);
        List<Instant> instants = new ArrayList<>();
        for (Map<String, String> row : csv) {
            for (String column : columns) {
                instants.add(shown(row.get(column), command + " " + column));
            }
        }

        String table = run(zone, "--format=table", command).out();
        for (Map<String, String> row : csv) {
            for (String column : columns) {
                assertTrue(table.contains(row.get(column)), "the table shows " + row.get(column) + " as csv does:\n" + table);
            }
        }
        assertOnlyShownTimes(table, command + " (table)");
        assertOnlyShownTimes(run(zone, "--csv", command).out(), command + " (csv)");

        JsonNode array = JSON.readTree(run(zone, "--json", command).out());
        assertEquals(instants, jsonInstants(iterable(array), columns, command + " (json)"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run(zone, "--format=ndjson", command).out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertEquals(instants, jsonInstants(lines, columns, command + " (ndjson)"));
    }

    static Stream<Arguments> commandsInZones() {
        return Stream.of("UTC", "Asia/Kolkata")
                .flatMap(zone -> commands().map(a -> Arguments.of(a.get()[0], a.get()[1], zone)));
    }

    @Test
    void theOffsetIsTheSessionZonesAndTheInstantStays() throws Exception {
        Map<String, String> utc = Csv.rows(run("UTC", "--csv", List.of("status")).out()).get(0);
        Map<String, String> kolkata = Csv.rows(run("Asia/Kolkata", "--csv", List.of("status")).out()).get(0);
        assertTrue(utc.get("newest_message").endsWith("+00"), utc.get("newest_message"));
        assertTrue(kolkata.get("newest_message").endsWith("+05:30"), kolkata.get("newest_message"));
        assertEquals(shown(utc.get("newest_message"), "UTC"), shown(kolkata.get("newest_message"), "Asia/Kolkata"));
        JsonNode json = JSON.readTree(run("Asia/Kolkata", "--json", List.of("status")).out()).get(0);
        assertTrue(json.get("since").asText().endsWith("+05:30"), json.toString());
    }

    @Test
    void sentencesShowTimesAsTheRowsDo() throws Exception {
        for (String zone : List.of("UTC", "Asia/Kolkata")) {
            String since = Csv.rows(run(zone, "--csv", List.of("status")).out()).get(0).get("since");
            assertEquals("already paused since " + since + " (times test)\n", run(zone, "pause").out());
            String excluded = Csv.rows(run(zone, "--csv", List.of("excluded")).out()).stream()
                    .filter(row -> row.get("jid").equals(chat)).findFirst().orElseThrow().get("excluded_since");
            assertTrue(run(zone, "exclude", chat).out().contains(" since " + excluded + " (times test)"), excluded);
        }
    }

    @Test
    void noCommandCastsATimeItself() throws Exception {
        // one helper shows times; a cast of a command's own would be a second form the test above only meets with data
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/com/vayyari/wadb/command"))) {
            sources = files.filter(p -> !p.endsWith("Times.java")).toList();
        }
        assertTrue(sources.size() > 10, sources.toString());
        for (Path source : sources) {
            String text = Files.readString(source);
            assertFalse(text.contains("::timestamp") || text.contains("timestamp(0)") || text.contains("timestamptz(0)"),
                    source + " casts a time itself; use Times.shown");
        }
    }

    /** Every time-like text in {@code output} is in the one form; there is at least one. */
    private static void assertOnlyShownTimes(String output, String what) {
        Matcher m = TIME_LIKE.matcher(output);
        int times = 0;
        while (m.find()) {
            times++;
            assertTrue(SHOWN.matcher(m.group()).matches(), what + ": a time in another form: " + m.group());
        }
        assertTrue(times > 0, what + " shows no time at all:\n" + output);
    }

    /** The instant of a time shown in a table or csv, after checking its form. */
    private static Instant shown(String text, String what) {
        if (text == null || !SHOWN.matcher(text).matches()) {
            fail(what + ": not a time in the one form: " + text);
        }
        return OffsetDateTime.parse(text, SHOWN_PARSER).toInstant();
    }

    /** The times of {@code columns} in JSON rows, each ISO 8601 with an offset, in row order. */
    private static List<Instant> jsonInstants(Iterable<JsonNode> rows, List<String> columns, String what) {
        List<Instant> instants = new ArrayList<>();
        for (JsonNode row : rows) {
            for (String column : columns) {
                JsonNode value = row.get(column);
                assertTrue(value != null && value.isTextual(), what + ": " + column + " is not a string: " + row);
                try {
                    instants.add(OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
                } catch (DateTimeParseException e) {
                    fail(what + ": " + column + " is not ISO 8601 with an offset: " + value.asText());
                }
                assertFalse(value.asText().contains("."), what + ": fractions of a second: " + value.asText());
            }
        }
        return instants;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        assertTrue(array.isArray(), array.toString());
        return array::elements;
    }

    private static Result run(String zone, String option, List<String> command) {
        List<String> args = new ArrayList<>(List.of(option));
        command.forEach(word -> args.add(word.equals("@chat") ? chat : word.equals("@message") ? message : word));
        return run(zone, args.toArray(String[]::new));
    }

    private static Result run(String zone, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = db.url();
        System.arraycopy(args, 0, all, 2, args.length);
        Result result = wadb().env("PGTZ", zone).run(all);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
        return result;
    }
}
