package com.vayyari.wadb.pset;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every psql output format at every border, in every line style, normal, expanded and {@code \x auto}, on values
 * that stress a writer: NULL, empty strings, line breaks in values and headers, tabs, wide and combining
 * characters, numbers (right-aligned, grouped by {@code numericlocale}), a value long enough to wrap at
 * {@code \pset columns 40}; with and without tuples_only, title and footer. psql 15 is the oracle.
 */
class PsetFormatsTest {

    static final String VALUES = """
            create table t (n numeric, "multi
            line" text, h text, e text);
            insert into t values
              (1, 'plain', 'x', ''),
              (-12345.678, E'two\\nlines\\n', NULL, 'é'),
              (NULL, 'wide 😀 漢字 é and combining é', '', 'a&b<c>"d" \\\\ {x}_%$#^~|'),
              (1234567, 'a long value that needs wrapping when the columns setting is small enough', E'tab\\there', '.'),
              (0.5, E'\\nleading break', E'  two spaces', '1');
            """;

    /** One script: every line style and border, each with the cases a writer must get right. */
    static String script(String format, String expanded) {
        StringBuilder script = new StringBuilder("\\pset null '(null)'\n\\pset format " + format + "\n\\x " + expanded
                + "\n\\pset columns 40\n");
        for (String style : new String[] {"ascii", "old-ascii", "unicode"}) {
            for (int border = 0; border <= 3; border++) {
                script.append("\\pset linestyle ").append(style).append("\n\\pset border ").append(border).append('\n')
                        .append("select * from t;\n")
                        .append("select n, h from t where false;\n")
                        .append("\\pset title 'A title: wide enough to see'\n\\pset numericlocale on\n")
                        .append("select n as \"a\nb\", e from t order by n;\n")
                        .append("\\pset title\n\\pset numericlocale off\n\\pset footer off\n\\t on\n")
                        .append("select * from t;\n\\t off\n\\pset footer on\n");
            }
        }
        script.append("\\pset unicode_border_linestyle double\n\\pset unicode_header_linestyle double\n")
                .append("\\pset linestyle unicode\n\\pset border 2\nselect * from t;\n")
                .append("\\pset unicode_column_linestyle double\n\\pset unicode_border_linestyle single\n")
                .append("select * from t;\n\\pset border 1\nselect * from t;\n");
        return script.toString();
    }

    @ParameterizedTest(name = "{0} expanded={1}")
    @CsvSource({"aligned, off", "aligned, on", "aligned, auto", "wrapped, off", "wrapped, on", "wrapped, auto"})
    void alignedWriterMatchesPsql(String format, String expanded) throws Exception {
        PsqlOracle.script(script(format, expanded)).setup(VALUES).args("-q").assertSame();
    }

    /** The markup and data formats at borders 0 to 3 and psql's unsigned reading of -1, with titles and attributes. */
    static String documentScript(String format, String expanded) {
        StringBuilder script = new StringBuilder("\\pset null '(null)'\n\\pset format " + format + "\n\\x " + expanded
                + "\n");
        for (String border : new String[] {"0", "1", "2", "3", "-1"}) {
            script.append("\\pset border ").append(border).append('\n')
                    .append("select * from t;\nselect n, h from t where false;\n")
                    .append("\\pset title 'T: a_b'\n\\pset tableattr '0.2 0.3'\n\\pset numericlocale on\n")
                    .append("select * from t;\n")
                    .append("\\pset title\n\\pset tableattr\n\\pset numericlocale off\n\\t on\n")
                    .append("select * from t;\n\\t off\n\\pset footer off\nselect * from t;\n\\pset footer on\n");
        }
        return script.toString();
    }

    @ParameterizedTest(name = "{0} expanded={1}")
    @CsvSource({"asciidoc, off", "asciidoc, on", "latex, off", "latex, on", "latex-longtable, off",
            "latex-longtable, on", "troff-ms, off", "troff-ms, on", "html, off", "html, on", "unaligned, off",
            "unaligned, on", "csv, off", "csv, on", "asciidoc, auto", "latex, auto", "troff-ms, auto"})
    void documentWritersMatchPsql(String format, String expanded) throws Exception {
        PsqlOracle.script(documentScript(format, expanded)).setup(VALUES).args("-q").assertSame();
    }

    /**
     * FETCH_COUNT prints a result batch by batch: record numbers go on, each batch is sized alone, asciidoc closes
     * every batch, and {@code \\x auto} turns expanded from the first full batch on (psql's pager hack).
     */
    @ParameterizedTest(name = "FETCH_COUNT {0}")
    @CsvSource({"2", "3"})
    void fetchCountBatchesMatchPsql(String fetchCount) throws Exception {
        StringBuilder script = new StringBuilder("\\pset null '(null)'\n\\set FETCH_COUNT " + fetchCount + "\n");
        for (String expanded : new String[] {"off", "on", "auto"}) {
            for (String style : new String[] {"ascii", "unicode", "old-ascii"}) {
                for (int border = 0; border <= 2; border++) {
                    script.append("\\x ").append(expanded).append("\n\\pset border ").append(border)
                            .append("\n\\pset linestyle ").append(style).append("\n\\pset columns 30\n")
                            .append("select g, repeat('xy', g * 4) as \"r\nr\" from generate_series(1, 4) g;\n")
                            .append("select g from generate_series(1, 4) g where false;\n\\t on\n")
                            .append("select g, repeat('xy', g * 4) from generate_series(1, 4) g;\n\\t off\n")
                            .append("\\pset title T\nselect g from generate_series(1, 3) g;\n\\pset title\n");
                }
            }
        }
        for (String format : new String[] {"asciidoc", "latex", "troff-ms", "html", "unaligned", "csv", "wrapped"}) {
            script.append("\\pset format ").append(format).append("\n\\x off\nselect g from generate_series(1, 4) g;\n")
                    .append("\\x on\nselect g from generate_series(1, 3) g;\n");
        }
        PsqlOracle.script(script.toString()).args("-q").assertSame();
    }

    /**
     * No columns, blank and combining-mark headers, escaped control characters, and wide characters in a column
     * narrower than one of them (psql prints the character anyway), with a title wider than the table.
     */
    @ParameterizedTest(name = "{0} expanded={1}")
    @CsvSource({"aligned, off", "aligned, on", "wrapped, off", "wrapped, on"})
    void edgeCasesMatchPsql(String format, String expanded) throws Exception {
        StringBuilder script = new StringBuilder("\\pset format " + format + "\n\\x " + expanded + "\n\\pset columns 12\n");
        for (String style : new String[] {"ascii", "old-ascii", "unicode"}) {
            for (int border = 0; border <= 2; border++) {
                script.append("\\pset border ").append(border).append("\n\\pset linestyle ").append(style).append('\n')
                        .append("select;\nselect from generate_series(1, 3);\n")
                        .append("select E'a\\rb\\x01c' as \" \", '漢字漢字漢字漢字漢字漢字' as w, 'é' as \"e\u0301\";\n")
                        .append("select '😀😀😀😀😀😀😀😀😀😀😀😀😀' as e, 1 as n;\n")
                        .append("\\pset title 'a very long title that is wider than everything'\nselect 1 as x;\n")
                        .append("\\pset title\n");
            }
        }
        PsqlOracle.script(script.toString()).args("-q").assertSame();
    }
}
