package com.vayyari.wadb.output;

import static com.vayyari.wadb.output.SameText.assertSameText;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expanded ({@code -x}) and unaligned ({@code -A}, {@code -A -x}) output against psql, byte for byte. */
class ExpandedAndUnalignedTest {

    @RegisterExtension
    static final OutputCorpus corpus = new OutputCorpus();
    private static final TestDatabase db = corpus.database();

    private static final List<String> QUERIES = List.of(
            OutputCorpus.ALL,
            OutputCorpus.AWKWARD_HEADERS,
            "SELECT 1 AS a, 'xy' AS b",
            "SELECT 1 AS a, E'x\\ny' AS bbbbbbbbbbbbbbbbbb UNION ALL SELECT 2, NULL",
            "SELECT 1 AS a, 2 AS b WHERE false",
            "SELECT",
            "SELECT FROM generate_series(1, 2)",
            "SELECT g AS n, 'v' || g AS value FROM generate_series(1, 12) g");

    /** psql flags and the same settings as PrintOptions. */
    static Stream<Arguments> cases() {
        PrintOptions table = Render.options(OutputFormat.TABLE);
        PrintOptions unaligned = Render.options(OutputFormat.UNALIGNED);
        List<Arguments> cases = new ArrayList<>();
        for (String sql : QUERIES) {
            cases.add(Arguments.of(sql, new String[] {"-x"}, table.withExpanded(true)));
            cases.add(Arguments.of(sql, new String[] {"-x", "-t"}, table.withExpanded(true).withTuplesOnly(true)));
            cases.add(Arguments.of(sql, new String[] {"-A"}, unaligned));
            cases.add(Arguments.of(sql, new String[] {"-A", "-t"}, unaligned.withTuplesOnly(true)));
            cases.add(Arguments.of(sql, new String[] {"-A", "-x"}, unaligned.withExpanded(true)));
            cases.add(Arguments.of(sql, new String[] {"-A", "-x", "-t"},
                    unaligned.withExpanded(true).withTuplesOnly(true)));
        }
        String sql = "SELECT label, n_int, body FROM corpus ORDER BY id";
        cases.add(Arguments.of(sql, new String[] {"-A", "-F", " ;; ", "-P", "null=NUL"},
                unaligned.withFieldSeparator(" ;; ").withNullDisplay("NUL")));
        cases.add(Arguments.of(sql, new String[] {"-A", "-P", "footer=off"}, unaligned.withFooter(false)));
        cases.add(Arguments.of(sql, new String[] {"-x", "-P", "null=(null)"},
                table.withExpanded(true).withNullDisplay("(null)")));
        cases.add(Arguments.of("SELECT 1 AS a WHERE false", new String[] {"-x", "-P", "footer=off"},
                table.withExpanded(true).withFooter(false)));
        cases.add(Arguments.of(sql, new String[] {"-A", "-x", "-F", "="},
                unaligned.withExpanded(true).withFieldSeparator("=")));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesPsql(String sql, String[] psqlFlags, PrintOptions options) throws Exception {
        assertSameText(Psql.run(db, sql, psqlFlags), Render.query(db, options, sql));
    }

    @Test
    void expandedRowsSpilledToAFilePrintTheSame(@TempDir Path spill) throws Exception {
        PrintOptions expanded = Render.options(OutputFormat.EXPANDED);
        assertSameText(Psql.run(db, OutputCorpus.ALL, "-x"),
                Render.query(db, OutputCorpus.ALL, out -> new ExpandedSink(expanded, out, 0, spill)));
    }
}
