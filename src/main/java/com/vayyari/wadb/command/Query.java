package com.vayyari.wadb.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One parameterized statement: SQL with {@code ?} placeholders and the values bound to them, in order. Values
 * never enter the SQL text; {@link #explain()} shows them beside it for {@code --explain}.
 */
record Query(String sql, List<Object> params) {

    Query {
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }

    static Query of(String sql, Object... params) {
        return new Query(sql, Arrays.asList(params));
    }

    /** The statement as PostgreSQL would prepare it ({@code $1, $2, ...}), then one line per parameter. */
    String explain() {
        if (params.isEmpty()) {
            // User SQL (export --query) may hold ? as an operator: show it as it is.
            return sql + ";\n";
        }
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            // Our statements use ? only as a placeholder (no jsonb ? operators, none inside literals).
            text.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        text.append(";\n");
        for (int i = 0; i < params.size(); i++) {
            text.append("-- $").append(i + 1).append(" = ").append(literal(params.get(i))).append('\n');
        }
        return text.toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String[] array) {
            return quote("{" + Arrays.stream(array).map(Query::arrayElement).collect(Collectors.joining(",")) + "}");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    private static String arrayElement(String element) {
        return '"' + element.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Builds a statement piece by piece, each piece with the values of its own placeholders. */
    static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Builder add(String piece, Object... values) {
            sql.append(piece);
            params.addAll(Arrays.asList(values));
            return this;
        }

        /** {@code LIMIT ?}, after checking that {@code n} is not negative; nothing for null (no limit). */
        Builder limit(String option, Integer n) {
            if (n == null) {
                return this;
            }
            if (n < 0) {
                throw com.vayyari.wadb.exit.WadbException.usage(option + " must be 0 or more, not " + n);
            }
            return add(" LIMIT ?", n);
        }

        Query build() {
            return new Query(sql.toString(), params);
        }
    }
}
