package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: CSV byte for byte as psql's \copy, other formats, atomic files, and what it refuses. */
class ExportCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws Exception {
        Seed.load(db);
        db.execute("""
                INSERT INTO messages (message_id, jid, content, metadata, "timestamp") VALUES
                  ('x1', '14155550100@s.whatsapp.net', '', '{"quote": "say \\"hi\\"", "n": 1.50}', 1),
                  ('x2', '14155550100@s.whatsapp.net', NULL, '{}', 2),
                  ('x3', '14155550100@s.whatsapp.net', E'comma, "quote"\\r\\nnew line; tab\\t and ünïcødé 👍', '{}', 3);
                """);
    }

    /** psql's \\copy in the same time zone as wadb's session, so timestamptz text is the same. */
    private static String psqlCopy(String query) throws Exception {
        return psqlCopySource("(" + query + ")");
    }

    /** psql's {@code \copy SOURCE to stdout csv header}: SOURCE a table name or a parenthesised query. */
    private static String psqlCopySource(String source) throws Exception {
        Processes.Result psql = Processes.psql(db.name(), "-q", "-c", "SET TimeZone = '" + TimeZone.getDefault().getID() + "'",
                "-c", "\\copy " + source + " to stdout csv header");
        assertEquals(0, psql.exitCode(), psql.err());
        return psql.out();
    }

    private Result export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--url";
        all[1] = db.url();
        all[2] = "export";
        System.arraycopy(args, 0, all, 3, args.length);
        return wadb().run(all);
    }

    @Test
    void csvOfATableIsByteIdenticalToPsqlCopy() throws Exception {
        Path file = dir.resolve("messages.csv");
        Result result = export("--table", "messages", "--format", "csv", "--output", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        // The table form, as psql's \copy messages writes it: generated columns (content_tsv) are left out.
        assertEquals(psqlCopySource("messages"), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("exported 11 rows\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void csvOfAQueryIsByteIdenticalToPsqlCopyOnStdout() throws Exception {
        String query = "SELECT m.*, c.name FROM messages m JOIN chats c USING (jid) -- a comment\nORDER BY m.id";
        Result result = wadb().run("--url", db.url(), "--csv", "export", "--query", query + ";");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(psqlCopy(query.replace("-- a comment", "")), result.out());
    }

    @Test
    void jsonAndNdjsonCarryTypedValues() throws Exception {
        Result json = export("--query", "SELECT message_id, \"timestamp\", is_from_me, metadata FROM messages"
                + " WHERE message_id = 'x1'", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode row = new ObjectMapper().readTree(json.out()).get(0);
        assertEquals(1, row.get("timestamp").asInt());
        assertTrue(row.get("is_from_me").isBoolean());
        assertEquals("say \"hi\"", row.get("metadata").get("quote").asText());
        Result ndjson = export("--table", "chats", "--format", "ndjson");
        assertEquals(5, ndjson.out().lines().count(), ndjson.out());
    }

    @Test
    void aCommandsRowsExportToo() {
        Result result = export("--command", "search invoice --chat Family", "--csv");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("f2", Csv.rows(result.out()).get(0).get("message_id"));
        Result refused = export("--command", "exclude Family");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().startsWith("wadb: --command takes one of search, chats"), refused.err());
        assertEquals(1, export("--command", "messages Family --follow").exitCode());
    }

    @Test
    void maskedCsvGoesThroughTheFormatAndHidesNumbers() {
        Result result = export("--table", "chats", "--csv", "--mask");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("91•••••3210@s.whatsapp.net"), result.out());
        assertFalse(result.out().contains(Seed.ASHA), result.out());
    }

    @Test
    void anUnwritablePathLeavesNoFileAndExitsOne() throws Exception {
        Path missing = dir.resolve("no/such/dir/out.csv");
        Result result = export("--table", "chats", "--csv", "-o", missing.toString());
        assertEquals(1, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFailingQueryLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old contents\n");
        String failsMidway = "SELECT i, 10 / (i - 5000) AS q FROM generate_series(1, 10000) i";
        for (String format : new String[] {"csv", "json", "table"}) {
            Result result = export("--query", failsMidway, "--format", format, "-o", file.toString());
            assertEquals(3, result.exitCode(), format + ": " + result.err());
            assertEquals("ERROR:  division by zero\n", result.err(), format);
            assertEquals("old contents\n", Files.readString(file), format);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aDollarInsideAnIdentifierOpensNoDollarQuote() throws Exception {
        // psql lexes a$b$c as one identifier: identifiers may hold $, so $b$ there is no quote's tag.
        Result result = wadb().run("--url", db.url(), "--csv", "export", "--query", "select 1 as a$b$c");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("a$b$c\n1\n", result.out());
        assertEquals(psqlCopy("select 1 as a$b$c"), result.out());
    }

    @Test
    void exportOnlyReadsAndTakesOneStatement() throws Exception {
        Map<String, String> before = DbState.data(db);
        Result write = export("--query", "INSERT INTO chats (jid) VALUES ('1@s.whatsapp.net') RETURNING jid", "--csv");
        assertEquals(3, write.exitCode());
        assertTrue(write.err().contains("read-only transaction"), write.err());
        for (String query : new String[] {"SELECT 1; DROP TABLE messages", "SELECT 1) TO STDOUT; DROP TABLE messages; --",
                "SELECT 1 \\; DROP TABLE messages", "SELECT (1", "'; drop table messages; --", ""}) {
            Result refused = export("--query", query, "--csv");
            assertEquals(1, refused.exitCode(), query + ": " + refused.err());
            assertTrue(refused.err().startsWith("wadb: --query must be one SQL statement"), refused.err());
        }
        Result table = export("--table", "messages\"; DROP TABLE messages; --", "--csv");
        assertEquals(3, table.exitCode());
        assertTrue(table.err().contains("does not exist"), table.err());
        assertEquals(before, DbState.data(db));
    }

    @Test
    void pipedInputExportsThroughPsetAndBackslashO() throws Exception {
        Path file = dir.resolve("chats.csv");
        Result result = wadb().stdin("\\pset format csv\n\\o " + file + "\nexport --table chats\n\\o\n")
                .run("-q", "--url", db.url());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(psqlCopy("SELECT * FROM chats"), Files.readString(file));
    }

    @Test
    void explainPrintsTheCopyStatement() {
        Result result = export("--table", "public.chats", "--csv", "--explain");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("COPY \"public\".\"chats\" TO STDOUT WITH (FORMAT csv, HEADER);\n", result.out());
    }
}
