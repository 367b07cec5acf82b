package com.vayyari.wadb.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a result that must be seen whole before the first line prints (psql sizes aligned columns over
 * all rows). Rows stay in memory up to a budget; the rest go to a {@link SpillFile}, read back in order by
 * {@link #replay} and deleted by {@link #close}. Memory stays flat however large the result.
 */
final class RowStore implements Closeable {

    /** Default memory budget for held rows, by the rough estimate below. */
    static final long DEFAULT_BUDGET = 32L * 1024 * 1024;

    interface RowConsumer {
        void accept(String[] cells) throws IOException;
    }

    private final int columns;
    private final long budget;
    private final Path spillDirectory;
    private final List<String[]> held = new ArrayList<>();
    private long heldBytes;
    private SpillFile spill;

    /**
     * @param budget         bytes of rows to hold in memory before spilling
     * @param spillDirectory where the temporary file goes; {@code null} for the system temp directory
     */
    RowStore(int columns, long budget, Path spillDirectory) {
        this.columns = columns;
        this.budget = budget;
        this.spillDirectory = spillDirectory;
    }

    /** Keeps {@code cells} (no nulls); the caller hands the array over and must not change it. */
    void add(String[] cells) throws IOException {
        if (spill == null) {
            long bytes = estimate(cells);
            if (heldBytes + bytes <= budget) {
                held.add(cells);
                heldBytes += bytes;
                return;
            }
            spill = new SpillFile(spillDirectory);
        }
        for (String cell : cells) {
            spill.write(cell);
        }
    }

    /** Gives every row back, in the order added; once. */
    void replay(RowConsumer consumer) throws IOException {
        for (String[] row : held) {
            consumer.accept(row);
        }
        held.clear();
        if (spill == null || columns == 0) {
            return;
        }
        spill.finishWriting();
        String[] row = new String[columns];
        while ((row[0] = spill.read()) != null) {
            for (int i = 1; i < columns; i++) {
                row[i] = spill.read();
            }
            consumer.accept(row);
        }
    }

    @Override
    public void close() throws IOException {
        held.clear();
        if (spill != null) {
            spill.close();
            spill = null;
        }
    }

    /** Object headers, references and two bytes a char: deliberately on the high side. */
    private static long estimate(String[] cells) {
        long bytes = 16 + 8L * cells.length;
        for (String cell : cells) {
            bytes += 48 + 2L * cell.length();
        }
        return bytes;
    }
}
