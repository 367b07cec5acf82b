package com.vayyari.wadb.repl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The SQL words the prompt completes and highlights: PostgreSQL's keywords a person types, in upper case. */
final class SqlKeywords {

    static final List<String> ALL = List.of(
            "ABORT", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASYMMETRIC", "AT",
            "BEGIN", "BETWEEN", "BIGINT", "BOOLEAN", "BOTH", "BY", "CALL", "CASCADE", "CASE", "CAST", "CHECK",
            "CHECKPOINT", "CLUSTER", "COLLATE", "COLUMN", "COMMENT", "COMMIT", "CONCURRENTLY", "CONFLICT",
            "CONSTRAINT", "COPY", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR",
            "DATABASE", "DEALLOCATE", "DECLARE", "DEFAULT", "DEFERRABLE", "DELETE", "DESC", "DISCARD", "DISTINCT",
            "DO", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUDE", "EXECUTE", "EXISTS", "EXPLAIN", "EXTENSION",
            "FALSE", "FETCH", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GRANT",
            "GROUP", "HAVING", "ILIKE", "IN", "INDEX", "INNER", "INSERT", "INTEGER", "INTERSECT", "INTERVAL", "INTO",
            "IS", "ISNULL", "JOIN", "JSONB", "KEY", "LAST", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LISTEN",
            "LOCAL", "LOCK", "MATERIALIZED", "MERGE", "NATURAL", "NOT", "NOTHING", "NOTIFY", "NOTNULL", "NOWAIT",
            "NULL", "NULLS", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER", "OVER", "OVERLAPS", "OWNER",
            "PARTITION", "PRECEDING", "PREPARE", "PRIMARY", "PROCEDURE", "RANGE", "RECURSIVE", "REFERENCES",
            "REFRESH", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESET", "RESTRICT", "RETURNING", "REVOKE",
            "RIGHT", "ROLE", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT", "SCHEMA", "SELECT", "SEQUENCE", "SESSION",
            "SET", "SHOW", "SIMILAR", "SKIP", "SOME", "START", "SYMMETRIC", "TABLE", "TABLESAMPLE", "TEMPORARY",
            "TEXT", "THEN", "TIES", "TIMESTAMPTZ", "TO", "TRAILING", "TRANSACTION", "TRIGGER", "TRUE", "TRUNCATE",
            "TYPE", "UNBOUNDED", "UNION", "UNIQUE", "UNLISTEN", "UNLOGGED", "UPDATE", "USING", "VACUUM", "VALUES",
            "VARIADIC", "VERBOSE", "VIEW", "WHEN", "WHERE", "WINDOW", "WITH", "WITHIN", "WITHOUT");

    private static final Set<String> SET = Set.copyOf(ALL);

    /** PostgreSQL's reserved words: a name spelled like one must be double-quoted. */
    private static final Set<String> RESERVED = Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC",
            "ASYMMETRIC", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CURRENT_CATALOG",
            "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT",
            "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM",
            "GRANT", "GROUP", "HAVING", "IN", "INITIALLY", "INTERSECT", "INTO", "LATERAL", "LEADING", "LIMIT",
            "LOCALTIME", "LOCALTIMESTAMP", "NOT", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "PLACING", "PRIMARY",
            "REFERENCES", "RETURNING", "SELECT", "SESSION_USER", "SOME", "SYMMETRIC", "TABLE", "THEN", "TO", "TRAILING",
            "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC", "WHEN", "WHERE", "WINDOW", "WITH");

    private SqlKeywords() {
    }

    static boolean contains(String word) {
        return SET.contains(word.toUpperCase(Locale.ROOT));
    }

    /** {@code name} as it must be written in SQL: bare when it folds to itself, else double-quoted. */
    static String identifier(String name) {
        boolean plain = !name.isEmpty() && (name.charAt(0) >= 'a' && name.charAt(0) <= 'z' || name.charAt(0) == '_')
                && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$')
                && !RESERVED.contains(name.toUpperCase(Locale.ROOT));
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
