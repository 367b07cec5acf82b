package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Markdown has no oracle; its structure is checked instead, and every cell read back against the database. */
class MarkdownSinkTest {

    @RegisterExtension
    static final OutputCorpus corpus = new OutputCorpus();
    private static final TestDatabase db = corpus.database();

    private static final String SQL = "SELECT label, n_int, body, n_num FROM corpus ORDER BY id";

    @Test
    void oneLinePerRowEveryCellReadsBack() throws Exception {
        PrintOptions options = Render.options(OutputFormat.MARKDOWN).withNullDisplay("NULL!");
        String[] lines = Render.query(db, options, SQL).split("\n", -1);
        List<List<String>> expected = valuesOf(SQL, "NULL!");
        assertEquals(expected.size() + 3, lines.length, "header, delimiter, rows, final newline");
        assertEquals("", lines[lines.length - 1]);
        assertEquals(List.of("label", "n_int", "body", "n_num"), cells(lines[0]));
        assertEquals("|---|---:|---|---:|", lines[1]);
        for (int row = 0; row < expected.size(); row++) {
            assertEquals(expected.get(row), cells(lines[row + 2]), lines[row + 2]);
        }
    }

    @Test
    void tuplesOnlyIsRowsOnlyAndNothingFollows() throws Exception {
        PrintOptions options = Render.options(OutputFormat.MARKDOWN).withTuplesOnly(true);
        String out = Render.query(db, options, "SELECT 1 AS a, 'x|y' AS b");
        assertEquals("| 1 | x\\|y |\n", out);
        assertEquals("| a |\n|---|\n", Render.query(db, Render.options(OutputFormat.MARKDOWN), "SELECT 1 AS a WHERE false")
                .replace("---:", "---"));
    }

    /** Splits a row at unescaped pipes and undoes the escapes; line breaks come back as LF. */
    private static List<String> cells(String line) {
        assertTrue(line.startsWith("| ") && line.endsWith(" |"), line);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 2; i < line.length() - 2; i++) {
            char c = line.charAt(i);
            if (c == '\\' && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == ' ' && line.startsWith(" | ", i)) {
                cells.add(cell.toString());
                cell.setLength(0);
                i += 2;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<List<String>> valuesOf(String sql, String nullDisplay) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    String value = rs.getString(i);
                    row.add(value == null ? nullDisplay : value.replaceAll("\r\n|\r|\n", "<br>"));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
