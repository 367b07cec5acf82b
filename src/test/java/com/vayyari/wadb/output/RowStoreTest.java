package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows come back from memory and from the spill file exactly as they went in, and the file goes away. */
class RowStoreTest {

    @TempDir
    Path spill;

    @Test
    void rowsPastTheBudgetRoundTripThroughTheFile() throws IOException {
        List<String[]> rows = new ArrayList<>();
        String big = "😀é中x".repeat(40_000);
        for (int i = 0; i < 5_000; i++) {
            rows.add(new String[] {Integer.toString(i), i % 7 == 0 ? "" : "తెలుగు " + i, i % 1000 == 3 ? big : "x"});
        }
        List<String[]> back = new ArrayList<>();
        try (RowStore store = new RowStore(3, 10_000, spill)) {
            for (String[] row : rows) {
                store.add(row.clone());
            }
            assertEquals(1, files());
            store.replay(cells -> back.add(cells.clone()));
        }
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            assertArrayEquals(rows.get(i), back.get(i), "row " + i);
        }
        assertEquals(0, files());
    }

    @Test
    void closingWithoutReplayDeletesTheFile() throws IOException {
        RowStore store = new RowStore(1, 0, spill);
        store.add(new String[] {"spilled"});
        assertEquals(1, files());
        store.close();
        assertEquals(0, files());
    }

    @Test
    void aSinkClosedBeforeItsEndLeavesNoFile() throws IOException {
        for (HeldRowsSink sink : List.of(
                new TableSink(PrintOptions.defaults(), new java.io.StringWriter(), 0, spill),
                new ExpandedSink(PrintOptions.defaults(), new java.io.StringWriter(), 0, spill))) {
            try (RowSink open = sink) {
                open.start(List.of(Column.of("a", "text")));
                open.row(new String[] {"x"});
                assertEquals(1, files());
            }
            assertEquals(0, files());
        }
    }

    private long files() throws IOException {
        try (Stream<Path> files = Files.list(spill)) {
            return files.count();
        }
    }
}
