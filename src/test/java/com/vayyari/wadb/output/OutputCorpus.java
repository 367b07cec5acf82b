package com.vayyari.wadb.output;

import com.vayyari.wadb.support.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh test database holding table {@code corpus}, the awkward values every format is compared on (test
 * resource output/corpus.sql). Use as {@code @RegisterExtension static final OutputCorpus corpus = ...}.
 */
final class OutputCorpus implements BeforeAllCallback, AfterAllCallback {

    /** Every corpus column, in a fixed order. */
    static final String ALL = "SELECT * FROM corpus ORDER BY id";

    /** Names psql must centre, split and measure: multi-line, wide, emoji, a tab, a duplicate. */
    static final String AWKWARD_HEADERS = "SELECT id AS \"multi\nline\nname\", label AS \"中文\", body AS \"x\","
            + " n_int AS \"👨‍👩‍👧 n\", flag AS \"tab\there\", d AS \"x\", n_big AS \"two\nlines\""
            + " FROM corpus ORDER BY id";

    private final TestDatabase database = new TestDatabase();

    TestDatabase database() {
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database.beforeAll(context);
        database.execute(TestDatabase.resource("/output/corpus.sql"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        database.afterAll(context);
    }
}
