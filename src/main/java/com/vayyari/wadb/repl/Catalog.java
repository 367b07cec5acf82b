package com.vayyari.wadb.repl;

import com.vayyari.wadb.repl.Suggestion.TableRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names completion offers, read once from pg_catalog and the {@code chats} table: an immutable snapshot,
 * replaced whole by {@link CatalogCache} after DDL or {@code \refresh}.
 *
 * @param searchPath schemas of {@code current_schemas(false)}, in order: their tables complete unqualified
 * @param relations  tables, views, materialized views and foreign tables by schema
 * @param columns    column names by {@code schema.table}
 * @param functions  function names by schema; pg_catalog's complete unqualified too
 * @param chats      chats, most recently updated first (none when the schema has no chats table)
 * @param extensions the installed extensions, for {@code \\dx}
 */
record Catalog(List<String> schemas, List<String> searchPath, Map<String, List<String>> relations,
               Map<String, List<String>> columns, Map<String, List<String>> functions, List<Chat> chats,
               List<String> extensions) {

    /** A chat: its JID and its name, which may be null. */
    record Chat(String jid, String name) {
    }

    /** More chats than this are not worth a completion list (the first ones are the recently active). */
    static final int MAX_CHATS = 20_000;

    private static final String RELATIONS = "SELECT n.nspname, c.relname FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            + "AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' ORDER BY 1, 2";
    private static final String COLUMNS = "SELECT n.nspname, c.relname, a.attname FROM pg_attribute a "
            + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            + "AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)' ORDER BY 1, 2, a.attnum";
    /** Functions a person calls: not the ones behind operators, type I/O or the server's internal interfaces. */
    private static final String FUNCTIONS = "SELECT DISTINCT n.nspname, p.proname FROM pg_proc p "
            + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'a', 'w') "
            + "AND p.proname !~ '^_' AND NOT EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid) "
            + "AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, "
            + "t.typsend, t.typmodin, t.typmodout, t.typanalyze)) "
            + "AND p.prorettype NOT IN ('internal'::regtype, 'trigger'::regtype, 'event_trigger'::regtype, "
            + "'language_handler'::regtype, 'fdw_handler'::regtype, 'index_am_handler'::regtype, "
            + "'tsm_handler'::regtype, 'table_am_handler'::regtype) "
            + "AND NOT 'internal'::regtype::oid = ANY (p.proargtypes::oid[]) ORDER BY 1, 2";
    private static final String CHATS = "SELECT jid, name FROM chats ORDER BY updated_at DESC NULLS LAST LIMIT "
            + MAX_CHATS;

    /** Reads the catalog over {@code connection}; a database without a chats table has no chats. */
    static Catalog load(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            List<String> schemas = strings(st, "SELECT nspname FROM pg_namespace "
                    + "WHERE nspname !~ '^pg_(toast|temp_|toast_temp_)' ORDER BY 1");
            List<String> path = strings(st, "SELECT unnest(current_schemas(false))");
            boolean hasChats = !strings(st, "SELECT 1 WHERE to_regclass('chats') IS NOT NULL").isEmpty();
            List<Chat> chats = new ArrayList<>();
            if (hasChats) {
                try (ResultSet rs = st.executeQuery(CHATS)) {
                    while (rs.next()) {
                        chats.add(new Chat(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return new Catalog(schemas, path, grouped(st, RELATIONS), grouped(st, COLUMNS), grouped(st, FUNCTIONS),
                    List.copyOf(chats), strings(st, "SELECT extname FROM pg_extension ORDER BY 1"));
        }
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return List.copyOf(values);
    }

    /** Rows of (k1, [k2,] value) as value lists keyed by {@code k1} or {@code k1.k2}. */
    private static Map<String, List<String>> grouped(Statement st, String sql) throws SQLException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int keys = rs.getMetaData().getColumnCount() - 1;
            while (rs.next()) {
                String key = keys == 1 ? rs.getString(1) : rs.getString(1) + "." + rs.getString(2);
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(keys + 1));
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** Tables of {@code schema}, or of the search path when it is null. */
    List<String> tables(String schema) {
        if (schema != null) {
            return relations.getOrDefault(schema, List.of());
        }
        Set<String> names = new LinkedHashSet<>();
        searchPath.forEach(s -> names.addAll(relations.getOrDefault(s, List.of())));
        return List.copyOf(names);
    }

    /** Functions of {@code schema}, or of the search path and pg_catalog when it is null. */
    List<String> functions(String schema) {
        if (schema != null) {
            return functions.getOrDefault(schema, List.of());
        }
        Set<String> names = new LinkedHashSet<>();
        searchPath.forEach(s -> names.addAll(functions.getOrDefault(s, List.of())));
        names.addAll(functions.getOrDefault("pg_catalog", List.of()));
        return List.copyOf(names);
    }

    /** Columns of a table as the statement names it: its schema, or the first on the search path that has it. */
    List<String> columns(TableRef table) {
        if (table.schema() != null) {
            return columns.getOrDefault(table.schema() + "." + table.name(), List.of());
        }
        for (String schema : searchPath) {
            List<String> found = columns.get(schema + "." + table.name());
            if (found != null) {
                return found;
            }
        }
        return columns.getOrDefault("pg_catalog." + table.name(), List.of());
    }
}
