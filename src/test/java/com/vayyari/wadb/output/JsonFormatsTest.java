package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * json and ndjson against PostgreSQL's own {@code row_to_json} of the same rows in the same session. Objects
 * are compared as token streams, so duplicate keys count (row_to_json keeps them) and numbers compare by value.
 */
class JsonFormatsTest {

    @RegisterExtension
    static final OutputCorpus corpus = new OutputCorpus();
    private static final TestDatabase db = corpus.database();

    private static final JsonFactory JSON = new JsonFactory();

    @ParameterizedTest
    @ValueSource(strings = {
        OutputCorpus.ALL,
        OutputCorpus.AWKWARD_HEADERS,
        "SELECT 'NaN'::float4 AS f4, 'Infinity'::numeric AS n, 1.5::float4 AS g, 1e-7::float8 AS e,"
                + " 7::int2 AS s, 8::oid AS o, '12.5'::money AS m, 'x'::\"char\" AS ch, 'ab'::char(4) AS bp,"
                + " '1 day'::interval AS iv, E'\\\\x0102'::bytea AS b, '10:00:01.5'::time AS t,"
                + " '10:00+03'::timetz AS tz, '00000000-0000-0000-0000-000000000000'::uuid AS u",
        "SELECT ARRAY['2020-01-01 10:00'::timestamp, NULL] AS ts, ARRAY['2020-01-01 10:00+01'::timestamptz] AS tz,"
                + " ARRAY['2020-01-01'::date] AS d, ARRAY[true, NULL, false] AS b, ARRAY['NaN'::float8, 2.5] AS f,"
                + " ARRAY['{\"a\": [1, 2.50]}'::jsonb, 'null'] AS j, ARRAY['[1, 2]'::json] AS js,"
                + " ARRAY[box(point(1,2), point(3,4)), box(point(0,0), point(1,1))] AS boxes,"
                + " ARRAY[point(1,2)] AS points, '[1:1][2:3]={{5,6}}'::int[] AS bounded,"
                + " ARRAY[[['a']], [['b\"c']]] AS deep, ARRAY[12345678901234567890.5::numeric] AS big",
        "SELECT 1 AS x, 2 AS x, 'three' AS x",
        "SELECT 1 AS a WHERE false",
        "SELECT g AS n FROM generate_series(1, 3) g",
    })
    void jsonIsRowToJson(String sql) throws Exception {
        List<List<String>> expected = rowToJson(sql);
        String json = Render.query(db, Render.options(OutputFormat.JSON), sql);
        assertTrue(json.startsWith(expected.isEmpty() ? "[]\n" : "[\n") && json.endsWith("]\n"), json);
        List<List<String>> actual = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                actual.add(tokens(parser));
            }
            assertEquals(JsonToken.END_ARRAY, parser.currentToken());
            assertEquals(null, parser.nextToken());
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {OutputCorpus.ALL, OutputCorpus.AWKWARD_HEADERS, "SELECT 1 AS a WHERE false"})
    void ndjsonIsOneRowToJsonPerLine(String sql) throws Exception {
        List<List<String>> expected = rowToJson(sql);
        String ndjson = Render.query(db, Render.options(OutputFormat.NDJSON), sql);
        List<List<String>> actual = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, parser.nextToken());
                actual.add(tokens(parser));
                assertEquals(null, parser.nextToken(), "one object a line");
            }
        }
        assertEquals(expected, actual);
        assertTrue(ndjson.isEmpty() || ndjson.endsWith("}\n"), ndjson);
    }

    @Test
    void jsonLayout() throws Exception {
        String sql = "SELECT g AS n FROM generate_series(1, 2) g";
        assertEquals("[\n{\"n\":1},\n{\"n\":2}\n]\n", Render.query(db, Render.options(OutputFormat.JSON), sql));
        assertEquals("{\"n\":1}\n{\"n\":2}\n", Render.query(db, Render.options(OutputFormat.NDJSON), sql));
    }

    @Test
    void underANonIsoDateStyleTimesStayAsTheServerPrintsThem() {
        // row_to_json always writes ISO; wadb has only the text, and a German date is no ISO 8601 to rewrite.
        var result = com.vayyari.wadb.support.WadbRun.wadb().env("PGDATESTYLE", "German")
                .run("--url", db.url(), "--json", "-c", "SELECT '2024-03-05 10:00'::timestamp AS t, '2024-03-05'::date AS d");
        assertEquals("[\n{\"t\":\"05.03.2024 10:00:00\",\"d\":\"05.03.2024\"}\n]\n", result.out(), result.err());
    }

    private static List<List<String>> rowToJson(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SET TIME ZONE '" + Psql.TIME_ZONE + "'");
            try (ResultSet rs = st.executeQuery("SELECT row_to_json(wadb_row)::text FROM (" + sql + ") wadb_row")) {
                while (rs.next()) {
                    try (JsonParser parser = JSON.createParser(rs.getString(1))) {
                        parser.nextToken();
                        rows.add(tokens(parser));
                    }
                }
            }
        }
        return rows;
    }

    /** The value at the parser, as tokens: keys in order, duplicates kept, numbers by value. */
    private static List<String> tokens(JsonParser parser) throws IOException {
        List<String> tokens = new ArrayList<>();
        int depth = 0;
        do {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: case START_ARRAY: depth++; tokens.add(token.asString()); break;
                case END_OBJECT: case END_ARRAY: depth--; tokens.add(token.asString()); break;
                case FIELD_NAME: tokens.add("key " + parser.currentName()); break;
                case VALUE_STRING: tokens.add("string " + parser.getText()); break;
                case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT:
                    tokens.add("number " + new BigDecimal(parser.getText()).stripTrailingZeros().toString());
                    break;
                default: tokens.add(token.asString()); break;
            }
        } while (depth > 0 && parser.nextToken() != null);
        return tokens;
    }
}
