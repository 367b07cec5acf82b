package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.sql.SqlToken.Kind;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.util.PGobject;

/**
 * The placeholders of a saved query, {@code $1 … $n} or {@code :name}, and the same query with JDBC's {@code ?}
 * in their place. They are found among the splitter's tokens, so quotes, dollar quotes, quoted identifiers,
 * comments and {@code ::} casts are left alone exactly as psql leaves them; a
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

    /**
     * True when {@code token} is a placeholder: {@code $n}, or {@code :name} with a name that starts like an
     * identifier. psql's {@code :'name'} and {@code :"name"} are not, and neither is one glued to a word or number
     * before it, so array slices ({@code arr[lo:hi]}, {@code arr[1:2]}) stay as they are.
     */
    private static boolean isPlaceholder(SqlToken token, SqlToken previous) {
        boolean glued = previous != null && previous.end() == token.start()
                && (previous.kind() == Kind.WORD || previous.kind() == Kind.NUMBER);
        if (glued) {
            return false;
        }
        return token.kind() == Kind.PARAMETER
                || (token.kind() == Kind.VARIABLE && isNameStart(token.text().charAt(1)));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** One pass over the SQL's tokens, copying it with placeholders replaced. */
    private static final class Scanner {
        private final String s;
        private final StringBuilder out = new StringBuilder();
        private final List<Integer> slots = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private int positional;

        Scanner(String sql) {
            this.s = sql;
        }

        QueryParameters scan() {
            SqlToken previous = null;
            for (SqlToken token : SqlTokenizer.tokens(s)) {
                if (isPlaceholder(token, previous)) {
                    placeholder(token.text());
                } else if (token.isString() || token.isComment() || token.kind() == Kind.QUOTED_IDENTIFIER) {
                    out.append(token.text());
                } else {
                    // JDBC takes any other ? for a placeholder: doubled, it stays the jsonb operator.
                    out.append(token.text().replace("?", "??"));
                }
                previous = token;
            }
            if (positional > 0 && !names.isEmpty()) {
                throw WadbException.usage("use $1, $2 … or :name placeholders, not both");
            }
            return new QueryParameters(s, out.toString(), List.copyOf(slots), List.copyOf(names),
                    Math.max(positional, names.size()));
        }

        private void placeholder(String text) {
            if (text.startsWith("$")) {
                int number = Integer.parseInt(text.substring(1));
                positional = Math.max(positional, number);
                slots.add(number);
            } else {
                String name = text.substring(1);
                if (!names.contains(name)) {
                    names.add(name);
                }
                slots.add(names.indexOf(name) + 1);
            }
            out.append('?');
        }
    }
}
