package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Command help is as wide as the screen ($COLUMNS here), not picocli's 80 columns, in every door. */
class HelpWidthTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static int widest(String text) {
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    @Test
    void theCommandLinesHelpFillsTheColumnsItIsGiven() {
        Result wide = wadb().env("COLUMNS", "160").run("--url", db.url(), "search", "--help");
        Result narrow = wadb().env("COLUMNS", "60").run("--url", db.url(), "search", "--help");
        assertEquals(0, wide.exitCode(), wide.err());
        assertTrue(widest(wide.out()) > 80, "wider than picocli's 80:\n" + wide.out());
        assertTrue(widest(wide.out()) <= 160, wide.out());
        assertTrue(widest(narrow.out()) <= 60, "wrapped at 60:\n" + narrow.out());
    }

    @Test
    void pipedHelpFillsThemToo() {
        Result wide = wadb().env("COLUMNS", "160").stdin("search --help\n").run("--url", db.url());
        assertEquals(0, wide.exitCode(), wide.err());
        assertTrue(widest(wide.out()) > 80 && widest(wide.out()) <= 160, wide.out());
    }
}
