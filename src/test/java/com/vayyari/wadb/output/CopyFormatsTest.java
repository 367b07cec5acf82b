package com.vayyari.wadb.output;

import static com.vayyari.wadb.output.SameText.assertSameText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** csv and tsv against what COPY itself prints through psql's {@code \copy ... to stdout}, byte for byte. */
class CopyFormatsTest {

    @RegisterExtension
    static final OutputCorpus corpus = new OutputCorpus();
    private static final TestDatabase db = corpus.database();

    private static final PrintOptions CSV = Render.options(OutputFormat.CSV);
    private static final PrintOptions TSV = Render.options(OutputFormat.TSV);

    @ParameterizedTest
    @ValueSource(strings = {
        OutputCorpus.ALL,
        OutputCorpus.AWKWARD_HEADERS,
        "SELECT body FROM corpus ORDER BY id",
        "SELECT '\\.' AS \"\\.\"",
        "SELECT '\\.' AS a, '\\.' AS b",
        "SELECT 1 AS \"a,b\", 2 AS \"q\"\"uote\", 3 AS \" \" WHERE false",
        "SELECT FROM generate_series(1, 2)",
    })
    void csvIsCopyCsv(String sql) throws Exception {
        assertSameText(copy(sql, "csv header"), Render.query(db, CSV, sql));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        OutputCorpus.ALL,
        OutputCorpus.AWKWARD_HEADERS,
        "SELECT E'a\\\\b\\tc\\bd\\fe\\x0bf\\x01g\\rh' AS \"back\\slash\ttab\"",
        "SELECT FROM generate_series(1, 2)",
    })
    void tsvIsCopyText(String sql) throws Exception {
        assertSameText(copy(sql, "(format text, header)"), Render.query(db, TSV, sql));
    }

    @Test
    void tuplesOnlyLeavesOutTheHeader() throws Exception {
        String sql = "SELECT label, body, n_int FROM corpus ORDER BY id";
        assertSameText(copy(sql, "csv"), Render.query(db, CSV.withTuplesOnly(true), sql));
        assertSameText(copy(sql, "(format text)"), Render.query(db, TSV.withTuplesOnly(true), sql));
    }

    @Test
    void dataOnlyEvenWithoutRows() throws Exception {
        String sql = "SELECT 1 AS a WHERE false";
        assertEquals("a\n", Render.query(db, CSV, sql));
        assertEquals("a\n", Render.query(db, TSV, sql));
        assertEquals("", Render.query(db, CSV.withTuplesOnly(true), sql));
    }

    private static String copy(String sql, String with) throws Exception {
        return Psql.run(db, "\\copy (" + sql + ") to stdout with " + with);
    }
}
