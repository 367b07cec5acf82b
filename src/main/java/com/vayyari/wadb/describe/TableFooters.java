package com.vayyari.wadb.describe;

import java.util.List;

/**
 * The footers of a table-like relation in {@code \d NAME}: its indexes, check and foreign-key constraints, the
 * keys that reference it, row security policies, extended statistics, rules and publications.
 */
final class TableFooters {

    private final Catalog catalog;
    private final RelationInfo info;
    private final List<String> footers;
    private final List<String> oid;

    TableFooters(Catalog catalog, RelationInfo info, List<String> footers) {
        this.catalog = catalog;
        this.info = info;
        this.footers = footers;
        this.oid = List.of(info.oid());
    }

    void add() {
        if (info.hasIndex()) {
            indexes();
        }
        if (info.checks() > 0) {
            section("Check constraints:", catalog.rows("SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)\n"
                    + "FROM pg_catalog.pg_constraint r\nWHERE r.conrelid = ?::pg_catalog.oid AND r.contype = 'c'\nORDER BY 1;", oid)
                    .stream().map(c -> "    \"" + c[0] + "\" " + c[1]).toList());
        }
        if (info.hasTriggers() || info.is('p')) {
            foreignKeys();
            section("Referenced by:", catalog.rows("""
                    SELECT conname, conrelid::pg_catalog.regclass AS ontable,
                           pg_catalog.pg_get_constraintdef(oid, true) AS condef
                      FROM pg_catalog.pg_constraint c
                     WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors(?::pg_catalog.oid)
                                         UNION ALL VALUES (?::pg_catalog.oid::pg_catalog.regclass))
                           AND contype = 'f' AND conparentid = 0
                    ORDER BY conname;""", List.of(info.oid(), info.oid()))
                    .stream().map(r -> "    TABLE \"" + r[1] + "\" CONSTRAINT \"" + r[0] + "\" " + r[2]).toList());
        }
        policies();
        statistics();
        if (info.hasRules() && !info.is('m')) {
            rules();
        }
        publications();
    }

    private void section(String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            footers.add(heading);
            footers.addAll(lines);
        }
    }

    private void indexes() {
        List<String[]> indexes = catalog.rows("""
                SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, \
                pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
                  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, \
                i.indisreplident, c2.reltablespace
                FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i
                  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid \
                AND contype IN ('p','u','x'))
                WHERE c.oid = ?::pg_catalog.oid AND c.oid = i.indrelid AND i.indexrelid = c2.oid
                ORDER BY i.indisprimary DESC, c2.relname;""", oid);
        if (indexes.isEmpty()) {
            return;
        }
        footers.add("Indexes:");
        for (String[] index : indexes) {
            StringBuilder line = new StringBuilder("    \"").append(index[0]).append('"');
            if ("x".equals(index[7])) {
                line.append(' ').append(index[6]);  // an exclusion constraint shows its definition
            } else {
                if (RelationInfo.isTrue(index[1])) {
                    line.append(" PRIMARY KEY,");
                } else if (RelationInfo.isTrue(index[2])) {
                    line.append("u".equals(index[7]) ? " UNIQUE CONSTRAINT," : " UNIQUE,");
                }
                String definition = index[5];
                int using = definition.indexOf(" USING ");
                line.append(' ').append(using >= 0 ? definition.substring(using + 7) : definition);
                append(line, index[8], " DEFERRABLE");
                append(line, index[9], " INITIALLY DEFERRED");
            }
            append(line, index[3], " CLUSTER");
            if (!RelationInfo.isTrue(index[4])) {
                line.append(" INVALID");
            }
            append(line, index[10], " REPLICA IDENTITY");
            footers.add(line.toString());
            Tablespaces.footer(catalog, footers, 'i', Long.parseLong(index[11]), false);
        }
    }

    private static void append(StringBuilder line, String flag, String text) {
        if (RelationInfo.isTrue(flag)) {
            line.append(text);
        }
    }

    private void foreignKeys() {
        List<String[]> keys = info.isPartition() || info.is('p')
                ? catalog.rows("""
                        SELECT conrelid = ?::pg_catalog.oid::pg_catalog.regclass AS sametable,
                               conname,
                               pg_catalog.pg_get_constraintdef(oid, true) AS condef,
                               conrelid::pg_catalog.regclass AS ontable
                          FROM pg_catalog.pg_constraint,
                               pg_catalog.pg_partition_ancestors(?::pg_catalog.oid)
                         WHERE conrelid = relid AND contype = 'f' AND conparentid = 0
                        ORDER BY sametable DESC, conname;""", List.of(info.oid(), info.oid()))
                : catalog.rows("""
                        SELECT true as sametable, conname,
                          pg_catalog.pg_get_constraintdef(r.oid, true) as condef,
                          conrelid::pg_catalog.regclass AS ontable
                        FROM pg_catalog.pg_constraint r
                        WHERE r.conrelid = ?::pg_catalog.oid AND r.contype = 'f'
                             AND conparentid = 0
                        ORDER BY conname""", oid);
        section("Foreign-key constraints:", keys.stream().map(k -> RelationInfo.isTrue(k[0])
                ? "    \"" + k[1] + "\" " + k[2]
                : "    TABLE \"" + k[3] + "\" CONSTRAINT \"" + k[1] + "\" " + k[2]).toList());
    }

    private void policies() {
        List<String[]> policies = catalog.rows("""
                SELECT pol.polname, pol.polpermissive,
                  CASE WHEN pol.polroles = '{0}' THEN NULL ELSE pg_catalog.array_to_string(array(select rolname \
                from pg_catalog.pg_roles where oid = any (pol.polroles) order by 1),',') END,
                  pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),
                  pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid),
                  CASE pol.polcmd
                    WHEN 'r' THEN 'SELECT'
                    WHEN 'a' THEN 'INSERT'
                    WHEN 'w' THEN 'UPDATE'
                    WHEN 'd' THEN 'DELETE'
                    END AS cmd
                FROM pg_catalog.pg_policy pol
                WHERE pol.polrelid = ?::pg_catalog.oid ORDER BY 1;""", oid);
        boolean enabled = info.rowSecurity();
        boolean forced = info.forceRowSecurity();
        if (enabled) {
            footers.add(forced ? policies.isEmpty() ? "Policies (forced row security enabled): (none)"
                    : "Policies (forced row security enabled):"
                    : policies.isEmpty() ? "Policies (row security enabled): (none)" : "Policies:");
        } else if (!policies.isEmpty()) {
            footers.add("Policies (row security disabled):");
        }
        for (String[] policy : policies) {
            StringBuilder line = new StringBuilder("    POLICY \"").append(policy[0]).append('"');
            if (policy[1].startsWith("f")) {
                line.append(" AS RESTRICTIVE");
            }
            if (policy[5] != null) {
                line.append(" FOR ").append(policy[5]);
            }
            if (policy[2] != null) {
                line.append("\n      TO ").append(policy[2]);
            }
            if (policy[3] != null) {
                line.append("\n      USING (").append(policy[3]).append(')');
            }
            if (policy[4] != null) {
                line.append("\n      WITH CHECK (").append(policy[4]).append(')');
            }
            footers.add(line.toString());
        }
    }

    private void statistics() {
        List<String[]> objects = catalog.rows("""
                SELECT oid, stxrelid::pg_catalog.regclass, \
                stxnamespace::pg_catalog.regnamespace::pg_catalog.text AS nsp, stxname,
                pg_catalog.pg_get_statisticsobjdef_columns(oid) AS columns,
                  'd' = any(stxkind) AS ndist_enabled,
                  'f' = any(stxkind) AS deps_enabled,
                  'm' = any(stxkind) AS mcv_enabled,
                stxstattarget
                FROM pg_catalog.pg_statistic_ext
                WHERE stxrelid = ?::pg_catalog.oid
                ORDER BY nsp, stxname;""", oid);
        section("Statistics objects:", objects.stream().map(TableFooters::statisticsLine).toList());
    }

    private static String statisticsLine(String[] object) {
        StringBuilder line = new StringBuilder("    \"").append(object[2]).append('.').append(object[3]).append('"');
        List<String> kinds = new java.util.ArrayList<>();
        if (RelationInfo.isTrue(object[5])) {
            kinds.add("ndistinct");
        }
        if (RelationInfo.isTrue(object[6])) {
            kinds.add("dependencies");
        }
        if (RelationInfo.isTrue(object[7])) {
            kinds.add("mcv");
        }
        // none: statistics on one expression; all: as CREATE STATISTICS expands an absent list
        if (!kinds.isEmpty() && kinds.size() < 3) {
            line.append(" (").append(String.join(", ", kinds)).append(')');
        }
        line.append(" ON ").append(object[4]).append(" FROM ").append(object[1]);
        if (!"-1".equals(object[8])) {
            line.append("; STATISTICS ").append(object[8]);
        }
        return line.toString();
    }

    private static final List<String> RULE_HEADINGS = List.of("Rules:", "Disabled rules:", "Rules firing always:",
            "Rules firing on replica only:");
    private static final String RULE_STATES = "ODAR";

    private void rules() {
        List<String[]> rules = catalog.rows("SELECT r.rulename, trim(trailing ';' from pg_catalog.pg_get_ruledef(r.oid, true)), "
                + "ev_enabled\nFROM pg_catalog.pg_rewrite r\nWHERE r.ev_class = ?::pg_catalog.oid ORDER BY 1;", oid);
        for (int category = 0; category < RULE_HEADINGS.size(); category++) {
            char state = RULE_STATES.charAt(category);
            section(RULE_HEADINGS.get(category), rules.stream().filter(r -> r[2].charAt(0) == state)
                    .map(r -> "    " + r[1].substring(12)).toList());  // after "CREATE RULE "
        }
    }

    private void publications() {
        List<String[]> publications = catalog.rows("""
                SELECT pubname
                     , NULL
                     , NULL
                FROM pg_catalog.pg_publication p
                     JOIN pg_catalog.pg_publication_namespace pn ON p.oid = pn.pnpubid
                     JOIN pg_catalog.pg_class pc ON pc.relnamespace = pn.pnnspid
                WHERE pc.oid =?::pg_catalog.oid and pg_catalog.pg_relation_is_publishable(?::pg_catalog.oid)
                UNION
                SELECT pubname
                     , pg_get_expr(pr.prqual, c.oid)
                     , (CASE WHEN pr.prattrs IS NOT NULL THEN
                         (SELECT string_agg(attname, ', ')
                           FROM pg_catalog.generate_series(0, pg_catalog.array_upper(pr.prattrs::pg_catalog.int2[], 1)) s,
                                pg_catalog.pg_attribute
                          WHERE attrelid = pr.prrelid AND attnum = prattrs[s])
                        ELSE NULL END) FROM pg_catalog.pg_publication p
                     JOIN pg_catalog.pg_publication_rel pr ON p.oid = pr.prpubid
                     JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
                WHERE pr.prrelid = ?::pg_catalog.oid
                UNION
                SELECT pubname
                     , NULL
                     , NULL
                FROM pg_catalog.pg_publication p
                WHERE p.puballtables AND pg_catalog.pg_relation_is_publishable(?::pg_catalog.oid)
                ORDER BY 1;""", List.of(info.oid(), info.oid(), info.oid(), info.oid()));
        section("Publications:", publications.stream().map(p -> "    \"" + p[0] + "\""
                + (p[2] != null ? " (" + p[2] + ")" : "") + (p[1] != null ? " WHERE " + p[1] : "")).toList());
    }
}
