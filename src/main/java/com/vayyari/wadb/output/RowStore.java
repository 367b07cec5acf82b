package com.vayyari.wadb.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a result that must be seen whole before the first line prints (psql sizes aligned columns over
 * all rows). Rows stay in memory up to a budget; the rest go to a temporary file, each cell length-prefixed
 * UTF-8, read back in order by {@link #replay} and deleted by {@link #close}. Memory stays flat however
 * large the result.
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
    private Path spillFile;
    private DataOutputStream spill;

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
            spillFile = spillDirectory == null
                    ? Files.createTempFile("wadb-rows-", ".tmp")
                    : Files.createTempFile(spillDirectory, "wadb-rows-", ".tmp");
            spill = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spillFile), 1 << 16));
        }
        for (String cell : cells) {
            byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
            spill.writeInt(utf8.length);
            spill.write(utf8);
        }
    }

    /** Gives every row back, in the order added; once. */
    void replay(RowConsumer consumer) throws IOException {
        for (String[] row : held) {
            consumer.accept(row);
        }
        held.clear();
        if (spill == null) {
            return;
        }
        spill.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spillFile), 1 << 16))) {
            String[] row = new String[columns];
            while (readRow(in, row)) {
                consumer.accept(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        held.clear();
        if (spillFile != null) {
            spill.close();
            Files.deleteIfExists(spillFile);
            spillFile = null;
        }
    }

    private boolean readRow(DataInputStream in, String[] row) throws IOException {
        if (columns == 0) {
            return false;
        }
        for (int i = 0; i < columns; i++) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                if (i == 0) {
                    return false;
                }
                throw end;
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            row[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        return true;
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
