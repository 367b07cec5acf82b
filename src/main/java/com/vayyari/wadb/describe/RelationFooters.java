package com.vayyari.wadb.describe;

import java.util.List;

/**
 * The footers of {@code \d NAME}, in psql's order: what a partition belongs to, a partition key, a TOAST table's
 * owner, an index's properties, a table's constraints and the rest ({@link TableFooters}), a view's definition,
 * triggers, inheritance and partitions, and the storage details {@code +} asks for.
 */
final class RelationFooters {

    private final Catalog catalog;
    private final RelationInfo info;
    private final boolean verbose;
    private final List<String> footers;
    private final List<String> oid;

    RelationFooters(Catalog catalog, RelationInfo info, boolean verbose, List<String> footers) {
        this.catalog = catalog;
        this.info = info;
        this.verbose = verbose;
        this.footers = footers;
        this.oid = List.of(info.oid());
    }

    /** Adds every footer; false where psql gives up on the relation (an index or foreign table half gone). */
    boolean add() {
        if (info.isPartition()) {
            partitionOf();
        }
        if (info.is('p')) {
            catalog.row("SELECT pg_catalog.pg_get_partkeydef(?::pg_catalog.oid::pg_catalog.oid);", oid)
                    .ifPresent(key -> footers.add("Partition key: " + key[0]));
        }
        if (info.is('t')) {
            catalog.row("SELECT n.nspname, c.relname\nFROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                    + "ON n.oid = c.relnamespace\nWHERE reltoastrelid = ?::pg_catalog.oid;", oid)
                    .ifPresent(owner -> footers.add("Owning table: \"" + owner[0] + "." + owner[1] + "\""));
        }
        if (info.is('i', 'I')) {
            if (!index()) {
                return false;
            }
        } else if (info.is('r', 'm', 'f', 'p', 'I', 't')) {
            new TableFooters(catalog, info, footers).add();
        }
        if (info.is('v', 'm') && verbose) {
            view();
        }
        if (info.hasTriggers()) {
            TriggerFooters.add(catalog, info, footers);
        }
        if (info.is('r', 'm', 'f', 'p', 'I', 't')) {
            if (info.is('f') && !foreignServer()) {
                return false;
            }
            InheritanceFooters.add(catalog, info, verbose, footers);
            storage();
        }
        if (verbose && info.reloptions() != null && !info.reloptions().isEmpty()) {
            footers.add("Options: " + info.reloptions());
        }
        return true;
    }

    private void partitionOf() {
        String sql = "SELECT inhparent::pg_catalog.regclass,\n  pg_catalog.pg_get_expr(c.relpartbound, c.oid),\n  "
                + "inhdetachpending" + (verbose ? ",\n  pg_catalog.pg_get_partition_constraintdef(c.oid)" : "")
                + "\nFROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = inhrelid"
                + "\nWHERE c.oid = ?::pg_catalog.oid;";
        catalog.row(sql, oid).ifPresent(parent -> {
            footers.add("Partition of: " + parent[0] + " " + parent[1] + (RelationInfo.isTrue(parent[2]) ? " DETACH PENDING" : ""));
            if (verbose) {
                String constraint = parent[3];
                footers.add(constraint == null || constraint.isEmpty() ? "No partition constraint"
                        : "Partition constraint: " + constraint);
            }
        });
    }

    private boolean index() {
        List<String[]> found = catalog.rows("""
                SELECT i.indisunique, i.indisprimary, i.indisclustered, i.indisvalid,
                  (NOT i.indimmediate) AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = i.indrelid \
                AND conindid = i.indexrelid AND contype IN ('p','u','x') AND condeferrable) AS condeferrable,
                  (NOT i.indimmediate) AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = i.indrelid \
                AND conindid = i.indexrelid AND contype IN ('p','u','x') AND condeferred) AS condeferred,
                i.indisreplident,
                i.indnullsnotdistinct,
                  a.amname, c2.relname, pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)
                FROM pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_am a
                WHERE i.indexrelid = c.oid AND c.oid = ?::pg_catalog.oid AND c.relam = a.oid
                AND i.indrelid = c2.oid;""", oid);
        if (found.size() != 1) {
            return false;
        }
        String[] index = found.get(0);
        StringBuilder line = new StringBuilder();
        if (RelationInfo.isTrue(index[1])) {
            line.append("primary key, ");
        } else if (RelationInfo.isTrue(index[0])) {
            line.append("unique").append(RelationInfo.isTrue(index[7]) ? " nulls not distinct" : "").append(", ");
        }
        // psql assumes the index and its table share a schema
        line.append(index[8]).append(", for table \"").append(info.schema()).append('.').append(index[9]).append('"');
        if (index[10] != null && !index[10].isEmpty()) {
            line.append(", predicate (").append(index[10]).append(')');
        }
        appendIf(line, index[2], ", clustered");
        if (!RelationInfo.isTrue(index[3])) {
            line.append(", invalid");
        }
        appendIf(line, index[4], ", deferrable");
        appendIf(line, index[5], ", initially deferred");
        appendIf(line, index[6], ", replica identity");
        footers.add(line.toString());
        if (info.is('i')) {
            Tablespaces.footer(catalog, footers, info.kind(), info.tablespace(), true);
        }
        return true;
    }

    private static void appendIf(StringBuilder line, String flag, String text) {
        if (RelationInfo.isTrue(flag)) {
            line.append(text);
        }
    }

    private void view() {
        String definition = catalog.row("SELECT pg_catalog.pg_get_viewdef(?::pg_catalog.oid::pg_catalog.oid, true);", oid)
                .map(r -> r[0]).orElse(null);
        if (definition == null) {
            return;
        }
        footers.add("View definition:");
        footers.add(definition);
        if (info.hasRules()) {
            List<String[]> rules = catalog.rows("SELECT r.rulename, trim(trailing ';' from pg_catalog.pg_get_ruledef(r.oid, true))\n"
                    + "FROM pg_catalog.pg_rewrite r\nWHERE r.ev_class = ?::pg_catalog.oid AND r.rulename != '_RETURN' ORDER BY 1;", oid);
            if (!rules.isEmpty()) {
                footers.add("Rules:");
                rules.forEach(rule -> footers.add(" " + rule[1].substring(12)));  // after "CREATE RULE "
            }
        }
    }

    private boolean foreignServer() {
        List<String[]> server = catalog.rows("""
                SELECT s.srvname,
                  pg_catalog.array_to_string(ARRAY(
                    SELECT pg_catalog.quote_ident(option_name) || ' ' || pg_catalog.quote_literal(option_value)
                    FROM pg_catalog.pg_options_to_table(ftoptions)),  ', ')
                FROM pg_catalog.pg_foreign_table f,
                     pg_catalog.pg_foreign_server s
                WHERE f.ftrelid = ?::pg_catalog.oid AND s.oid = f.ftserver;""", oid);
        if (server.size() != 1) {
            return false;
        }
        footers.add("Server: " + server.get(0)[0]);
        if (server.get(0)[1] != null && !server.get(0)[1].isEmpty()) {
            footers.add("FDW options: (" + server.get(0)[1] + ")");
        }
        return true;
    }

    /** Typed table, replica identity, tablespace and access method. */
    private void storage() {
        if (info.ofType() != null) {
            footers.add("Typed table of type: " + info.ofType());
        }
        char identity = info.replicaIdentity();
        boolean catalogSchema = info.schema().equals("pg_catalog");
        if (verbose && info.is('r', 'm') && identity != 'i'
                && (!catalogSchema && identity != 'd' || catalogSchema && identity != 'n')) {
            footers.add("Replica Identity: " + (identity == 'f' ? "FULL" : identity == 'n' ? "NOTHING" : "???"));
        }
        Tablespaces.footer(catalog, footers, info.kind(), info.tablespace(), true);
        if (verbose && info.accessMethod() != null && !catalog.session().variables().isOn("HIDE_TABLEAM")) {
            footers.add("Access method: " + info.accessMethod());
        }
    }
}
