package com.vayyari.wadb.output;

import static com.vayyari.wadb.output.SameText.assertSameText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table format against {@code psql -X}, byte for byte. */
class TableSinkTest {

    @RegisterExtension
    static final OutputCorpus corpus = new OutputCorpus();
    private static final TestDatabase db = corpus.database();

    private static final PrintOptions TABLE = Render.options(OutputFormat.TABLE);

    @ParameterizedTest
    @ValueSource(strings = {
        OutputCorpus.ALL,
        OutputCorpus.AWKWARD_HEADERS,
        "SELECT label, body FROM corpus ORDER BY id",
        "SELECT body, n_int FROM corpus ORDER BY id",
        "SELECT n_num, n_float, label FROM corpus WHERE n_num IS NOT NULL ORDER BY id",
        "SELECT 1 AS a, 2 AS b WHERE false",
        "SELECT",
        "SELECT FROM generate_series(1, 3)",
        "SELECT 'x' AS only",
        "SELECT E'a\\nbb' AS x, 5 AS n, E'l1\\nl2\\nl3' AS y, 'z' AS last",
        "SELECT 1 AS n, E'a\\nbbb' AS last UNION ALL SELECT 22, 'q'",
    })
    void matchesPsql(String sql) throws Exception {
        assertSameText(Psql.run(db, sql), Render.query(db, TABLE, sql));
    }

    @Test
    void tuplesOnly() throws Exception {
        assertSameText(Psql.run(db, OutputCorpus.ALL, "-t"), Render.query(db, TABLE.withTuplesOnly(true), OutputCorpus.ALL));
        String none = "SELECT 1 AS a WHERE false";
        assertSameText(Psql.run(db, none, "-t"), Render.query(db, TABLE.withTuplesOnly(true), none));
    }

    @Test
    void nullDisplayAndNoFooter() throws Exception {
        String sql = "SELECT label, n_int, body FROM corpus ORDER BY id";
        PrintOptions options = TABLE.withNullDisplay("∅ null").withFooter(false);
        assertSameText(Psql.run(db, sql, "-P", "null=∅ null", "-P", "footer=off"), Render.query(db, options, sql));
    }

    @Test
    void multiLineNullDisplayInRightAlignedColumn() throws Exception {
        String sql = "SELECT n_big, label FROM corpus ORDER BY id LIMIT 8";
        PrintOptions options = TABLE.withNullDisplay("(nu\nll)");
        assertSameText(Psql.run(db, sql, "-P", "null=(nu\nll)"), Render.query(db, options, sql));
    }

    @Test
    void spilledRowsPrintTheSameAndLeaveNoFile(@TempDir Path spill) throws Exception {
        String sql = "SELECT c.*, g FROM corpus c, generate_series(1, 20) g ORDER BY g, id";
        String inMemory = Render.query(db, TABLE, sql);
        Path[] seen = new Path[1];
        String spilled = Render.query(db, sql, out -> new RowSink() {
            private final TableSink table = new TableSink(TABLE, out, 4096, spill);

            @Override
            public void start(List<Column> columns) throws IOException {
                table.start(columns);
            }

            @Override
            public void row(String[] values) throws IOException {
                table.row(values);
            }

            @Override
            public void end(long rowCount) throws IOException {
                seen[0] = onlyFile(spill);
                table.end(rowCount);
            }
        });
        assertSameText(inMemory, spilled);
        assertNotEquals(null, seen[0], "the rows went to a file");
        assertEquals(0, fileCount(spill));
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().orElse(null);
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
