package com.vayyari.wadb.output;

import static com.vayyari.wadb.output.SameText.assertSameText;

import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every Unicode scalar value in a table, as psql prints it: widths (DisplayWidth's table was read off this very
 * output), escapes of control characters, tabs, and the code points psql drops. A million rows, so the rows
 * also go through the spill file.
 */
class AllCodePointsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void tableOfEveryCodePointMatchesPsql() throws Exception {
        String sql = "SELECT '[' || chr(cp) || ']' AS c, cp, to_hex(cp) AS hex FROM generate_series(1, 1114111) cp"
                + " WHERE cp NOT BETWEEN 55296 AND 57343";
        assertSameText(Psql.run(db, sql), Render.query(db, Render.options(OutputFormat.TABLE), sql));
    }
}
