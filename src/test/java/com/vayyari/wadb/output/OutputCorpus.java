package com.vayyari.wadb.output;

import com.vayyari.wadb.support.TestDatabase;
import java.io.IOException;
import java.sql.SQLException;

/** The awkward values every format is compared on: table {@code corpus} (test resource output/corpus.sql). */
final class OutputCorpus {

    /** Every corpus column, in a fixed order. */
    static final String ALL = "SELECT * FROM corpus ORDER BY id";

    /** Names psql must centre, split and measure: multi-line, wide, emoji, a tab, a duplicate. */
    static final String AWKWARD_HEADERS = "SELECT id AS \"multi\nline\nname\", label AS \"中文\", body AS \"x\","
            + " n_int AS \"👨‍👩‍👧 n\", flag AS \"tab\there\", d AS \"x\", n_big AS \"two\nlines\""
            + " FROM corpus ORDER BY id";

    private OutputCorpus() {
    }

    static void load(TestDatabase db) throws IOException, SQLException {
        db.execute(TestDatabase.resource("/output/corpus.sql"));
    }
}
