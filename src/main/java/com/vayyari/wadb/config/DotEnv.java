package com.vayyari.wadb.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code .env} file: {@code KEY=value} lines, optional {@code export}, quotes and {@code #} comments. */
public final class DotEnv {

    private DotEnv() {
    }

    /** The variables in {@code file}, or an empty map when there is no such file. */
    public static Map<String, String> read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("export ")) {
                    line = line.substring(7).strip();
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return values;
    }

    /**
     * A quoted value ends at its closing quote, which a {@code # comment} may follow ({@code KEY="a#b" # note});
     * inside double quotes a backslash keeps the next character from closing them. An unquoted value ends at
     * {@code " #"}.
     */
    private static String unquote(String value) {
        char first = value.isEmpty() ? 0 : value.charAt(0);
        if (first == '"' || first == '\'') {
            int close = closingQuote(value, first);
            if (close > 0) {
                String after = value.substring(close + 1).strip();
                if (after.isEmpty() || after.startsWith("#")) {
                    return value.substring(1, close);
                }
            }
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }

    private static int closingQuote(String value, char quote) {
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}
