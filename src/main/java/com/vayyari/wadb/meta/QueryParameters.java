package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PGobject;

/**
 * The placeholders of a saved query, {@code $1 … $n} or {@code :name}, and the same query with JDBC's {@code ?}
 * in their place. Quotes, dollar quotes, quoted identifiers, comments and {@code ::} casts are left alone; a
 * {@code ?} of the query itself (the jsonb operator) is doubled so JDBC keeps it. A {@code :name} used twice is
 * one parameter; names number in order of first use.
 */
public final class QueryParameters {

    private final String sql;
    private final String jdbcSql;
    private final List<Integer> slots;
    private final List<String> names;
    private final int count;

    private QueryParameters(String sql, String jdbcSql, List<Integer> slots, List<String> names, int count) {
        this.sql = sql;
        this.jdbcSql = jdbcSql;
        this.slots = slots;
        this.names = names;
        this.count = count;
    }

    public static QueryParameters of(String sql) {
        return new Scanner(sql).scan();
    }

    /** How many values the query takes. */
    public int count() {
        return count;
    }

    /** The placeholders as the user wrote them: {@code :chat, :since} or {@code $1, $2}. */
    public String describe() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            shown.add(names.isEmpty() ? "$" + (i + 1) : ":" + names.get(i));
        }
        return String.join(", ", shown);
    }

    /** The SQL to run: as saved when it takes no values, else with {@code ?} placeholders. */
    public String jdbcSql() {
        return count == 0 ? sql : jdbcSql;
    }

    /**
     * The bind values, one per {@code ?}, from {@code arguments}: in order, or as {@code name=value} for
     * {@code :name} placeholders. Values go as PostgreSQL's {@code unknown} type, so the server reads them the way
     * it reads a quoted literal in the same place ({@code '7 days'} as an interval, {@code '42'} as a number).
     */
    public List<Object> bind(List<String> arguments) {
        List<String> values = byName(arguments);
        if (values.size() != count) {
            throw WadbException.usage("the query takes " + count + (count == 1 ? " value" : " values")
                    + (count == 0 ? "" : " (" + describe() + ")") + ", not " + arguments.size());
        }
        List<Object> bound = new ArrayList<>(slots.size());
        for (int slot : slots) {
            bound.add(unknown(values.get(slot - 1)));
        }
        return bound;
    }

    private List<String> byName(List<String> arguments) {
        if (names.isEmpty() || arguments.isEmpty() || !arguments.stream().allMatch(a -> a.indexOf('=') > 0)) {
            return arguments;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String argument : arguments) {
            String name = argument.substring(0, argument.indexOf('='));
            if (!names.contains(name)) {
                return arguments;
            }
            given.put(name, argument.substring(argument.indexOf('=') + 1));
        }
        List<String> values = new ArrayList<>();
        for (String name : names) {
            if (!given.containsKey(name)) {
                throw WadbException.usage("no value for :" + name);
            }
            values.add(given.get(name));
        }
        return values;
    }

    private static PGobject unknown(String value) {
        PGobject object = new PGobject();
        object.setType("unknown");
        try {
            object.setValue(value);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return object;
    }

    /** One pass over the SQL, copying it with placeholders replaced. */
    private static final class Scanner {
        private final String s;
        private final StringBuilder out = new StringBuilder();
        private final List<Integer> slots = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private int positional;
        private int i;

        Scanner(String sql) {
            this.s = sql;
        }

        QueryParameters scan() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\'' || c == '"') {
                    copyQuoted(c, c == '\'' && i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e'));
                } else if (s.startsWith("--", i)) {
                    int end = s.indexOf('\n', i);
                    copyTo(end < 0 ? s.length() : end);
                } else if (s.startsWith("/*", i)) {
                    copyComment();
                } else if (c == '$' && !identifierBefore()) {
                    dollar();
                } else if (c == ':' && s.startsWith("::", i)) {
                    copyTo(i + 2);
                } else if (c == ':' && i + 1 < s.length() && isNameStart(s.charAt(i + 1)) && !identifierBefore()) {
                    named();
                } else {
                    out.append(c == '?' ? "??" : String.valueOf(c));
                    i++;
                }
            }
            if (positional > 0 && !names.isEmpty()) {
                throw WadbException.usage("use $1, $2 … or :name placeholders, not both");
            }
            return new QueryParameters(s, out.toString(), List.copyOf(slots), List.copyOf(names),
                    Math.max(positional, names.size()));
        }

        private boolean identifierBefore() {
            return i > 0 && (isNameStart(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)));
        }

        private void copyTo(int end) {
            out.append(s, i, end);
            i = end;
        }

        private void copyQuoted(char quote, boolean backslashEscapes) {
            int j = i + 1;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (backslashEscapes && c == '\\') {
                    j += 2;
                } else if (c == quote && j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    j += 2;
                } else if (c == quote) {
                    j++;
                    break;
                } else {
                    j++;
                }
            }
            copyTo(Math.min(j, s.length()));
        }

        private void copyComment() {
            int depth = 0;
            int j = i;
            while (j < s.length()) {
                if (s.startsWith("/*", j)) {
                    depth++;
                    j += 2;
                } else if (s.startsWith("*/", j)) {
                    j += 2;
                    if (--depth == 0) {
                        break;
                    }
                } else {
                    j++;
                }
            }
            copyTo(j);
        }

        /** {@code $n} is a parameter; {@code $tag$ … $tag$} is copied whole; a lone {@code $} is copied. */
        private void dollar() {
            int j = i + 1;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > i + 1) {
                int number = Integer.parseInt(s.substring(i + 1, j));
                positional = Math.max(positional, number);
                slots.add(number);
                out.append('?');
                i = j;
                return;
            }
            while (j < s.length() && (isNameStart(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
                j++;
            }
            int close = j < s.length() && s.charAt(j) == '$' ? s.indexOf(s.substring(i, j + 1), j + 1) : -1;
            copyTo(close < 0 ? i + 1 : close + (j + 1 - i));
        }

        private void named() {
            int j = i + 1;
            while (j < s.length() && (isNameStart(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
                j++;
            }
            String name = s.substring(i + 1, j);
            if (!names.contains(name)) {
                names.add(name);
            }
            slots.add(names.indexOf(name) + 1);
            out.append('?');
            i = j;
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }
    }
}
