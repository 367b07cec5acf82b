package com.vayyari.wadb.phonedb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Empty SQLite databases made at test time from the table definitions of real {@code msgstore.db} files in
 * {@code ../shared/wa-public/msgstore/} (read from there, never copied here; a missing file fails the test).
 */
enum PhoneDbSchemas {
    LEGACY_2018A("android-legacy-2018a.sql", Generation.LEGACY),
    LEGACY_2018B("android-legacy-2018b.sql", Generation.LEGACY),
    TRANSITIONAL_2020("android-transitional-2020.sql", Generation.TRANSITIONAL),
    TRANSITIONAL_2021("android-transitional-2021.sql", Generation.TRANSITIONAL),
    MODERN_2024_09("android-modern-2024-09.sql", Generation.MODERN),
    MODERN_2025_03("android-modern-2025-03.sql", Generation.MODERN);

    static final Path DIRECTORY = Path.of("..", "shared", "wa-public", "msgstore");

    final String file;
    final Generation generation;

    PhoneDbSchemas(String file, Generation generation) {
        this.file = file;
        this.generation = generation;
    }

    /** A new SQLite file at {@code target} with every table, index, view and trigger of the schema. */
    Connection create(Path target) throws IOException, SQLException {
        String ddl = Files.readString(DIRECTORY.resolve(file));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + target);
        try (Statement st = c.createStatement()) {
            for (String statement : statements(ddl)) {
                st.executeUpdate(statement);
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    /**
     * The schema's statements: {@code .schema} output ends each with a semicolon at a line's end, a trigger's
     * with {@code END;}. SQLite's own tables ({@code sqlite_sequence}) and the shadow tables of full-text
     * indexes (printed as {@code CREATE TABLE IF NOT EXISTS 'x_content'…}) it makes itself; made first, they
     * would stop the index's {@code CREATE VIRTUAL TABLE}.
     */
    static List<String> statements(String ddl) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : ddl.split("\n")) {
            if (line.isBlank() && current.length() == 0) {
                continue;
            }
            current.append(line).append('\n');
            String text = current.toString().strip();
            String upper = text.toUpperCase(Locale.ROOT);
            boolean trigger = upper.startsWith("CREATE TRIGGER");
            if (text.endsWith(";") && (!trigger || upper.endsWith("END;"))) {
                if (!upper.matches("(?s)CREATE TABLE (IF NOT EXISTS )?['\"]?SQLITE_.*")
                        && !upper.startsWith("CREATE TABLE IF NOT EXISTS '")) {
                    statements.add(text);
                }
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("unterminated statement at the end: " + current);
        }
        return statements;
    }
}
