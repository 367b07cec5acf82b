package com.vayyari.wadb.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalog query being built, as describe.c builds one in a PQExpBuffer, except that every value from the user
 * (a pattern's regexes, a name) goes in as a bind parameter: {@link #bind} adds a {@code ?} and its value.
 */
final class CatalogQuery {

    /**
     * The condition psql's routine, type and collation lists add when neither S nor a pattern was given: no
     * system schemas (written as psql writes it, for ECHO_HIDDEN).
     */
    static final String USER_SCHEMAS = "      AND n.nspname <> 'pg_catalog'\n      AND n.nspname <> 'information_schema'\n";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private boolean haveWhere;

    CatalogQuery(String start) {
        sql.append(start);
    }

    CatalogQuery append(String text) {
        sql.append(text);
        return this;
    }

    /** A {@code ?} for {@code value}, typed as text so the server's operators resolve as for psql's literal. */
    CatalogQuery bind(String value) {
        sql.append("?::pg_catalog.text");
        parameters.add(value);
        return this;
    }

    /** A {@code ?} for an object's OID, which ECHO_HIDDEN shows as psql's {@code '16384'}. */
    CatalogQuery bindOid(String oid) {
        sql.append("?::pg_catalog.oid");
        parameters.add(oid);
        return this;
    }

    /** {@code WHERE } before the first condition, {@code   AND } before the others. */
    CatalogQuery condition(String text) {
        sql.append(haveWhere ? "  AND " : "WHERE ").append(text);
        haveWhere = true;
        return this;
    }

    /** Tells the builder that the text so far already has a WHERE (conditions then start with AND). */
    CatalogQuery whereStarted() {
        haveWhere = true;
        return this;
    }

    /** Starts another SELECT of a UNION: its conditions start with WHERE again, or with AND when {@code started}. */
    CatalogQuery branch(boolean started) {
        haveWhere = started;
        return this;
    }

    boolean hasWhere() {
        return haveWhere;
    }

    /**
     * psql's processSQLNamePattern with validateSQLNamePattern's checks: conditions on {@code schemaColumn} and
     * {@code nameColumn} (or {@code altNameColumn}) for {@code pattern}; with no pattern, or no schema in it,
     * {@code visibility} instead. Throws {@link PatternException} with psql's message for a pattern with more
     * dots than {@code maxParts} allows or naming another database. Returns whether a condition was added.
     */
    boolean pattern(Catalog catalog, String pattern, boolean forceEscape, String schemaColumn, String nameColumn,
                    String altNameColumn, String visibility, int maxParts) {
        if (pattern == null) {
            if (visibility != null) {
                condition(visibility + "\n");
                return true;
            }
            return false;
        }
        NamePattern parsed = NamePattern.parse(pattern, schemaColumn == null ? 1 : 3, forceEscape);
        if (parsed.dots() >= maxParts) {
            throw new PatternException("improper qualified name (too many dotted names): " + pattern);
        }
        if (maxParts > 1 && parsed.dots() == maxParts - 1 && !catalog.databaseName().equals(parsed.database())) {
            throw new PatternException("cross-database references are not implemented: " + pattern);
        }
        boolean added = false;
        if (nameColumn != null && !parsed.name().equals(NamePattern.ANYTHING)) {
            String name = parsed.name();
            if (altNameColumn != null) {
                condition("(" + nameColumn + " OPERATOR(pg_catalog.~) ").bind(name)
                        .append(" COLLATE pg_catalog.default\n        OR " + altNameColumn + " OPERATOR(pg_catalog.~) ")
                        .bind(name).append(" COLLATE pg_catalog.default)\n");
            } else {
                condition(nameColumn + " OPERATOR(pg_catalog.~) ").bind(name).append(" COLLATE pg_catalog.default\n");
            }
            added = true;
        }
        String schema = parsed.schema();
        if (schemaColumn != null && schema != null) {
            if (!schema.equals(NamePattern.ANYTHING)) {
                condition(schemaColumn + " OPERATOR(pg_catalog.~) ").bind(schema).append(" COLLATE pg_catalog.default\n");
                added = true;
            }
        } else if (visibility != null) {
            condition(visibility + "\n");
            added = true;
        }
        return added;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** A pattern psql refuses: the command prints the message and fails without querying. */
    static final class PatternException extends RuntimeException {
        PatternException(String message) {
            super(message, null, false, false);
        }
    }
}
