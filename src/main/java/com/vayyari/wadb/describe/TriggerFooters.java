package com.vayyari.wadb.describe;

import java.util.List;

/** The triggers of {@code \d NAME}, grouped as psql groups them: enabled, disabled (user, internal), always, replica. */
final class TriggerFooters {

    private static final String QUERY = """
            SELECT t.tgname, pg_catalog.pg_get_triggerdef(t.oid, true), t.tgenabled, t.tgisinternal,
              CASE WHEN t.tgparentid != 0 THEN
                (SELECT u.tgrelid::pg_catalog.regclass
                 FROM pg_catalog.pg_trigger AS u,
                      pg_catalog.pg_partition_ancestors(t.tgrelid) WITH ORDINALITY AS a(relid, depth)
                 WHERE u.tgname = t.tgname AND u.tgrelid = a.relid
                       AND u.tgparentid = 0
                 ORDER BY a.depth LIMIT 1)
              END AS parent
            FROM pg_catalog.pg_trigger t
            WHERE t.tgrelid = ?::pg_catalog.oid AND (NOT t.tgisinternal OR (t.tgisinternal AND t.tgenabled = 'D'))
            ORDER BY 1;""";

    private static final List<String> HEADINGS = List.of("Triggers:", "Disabled user triggers:",
            "Disabled internal triggers:", "Triggers firing always:", "Triggers firing on replica only:");

    private TriggerFooters() {
    }

    static void add(Catalog catalog, RelationInfo info, List<String> footers) {
        List<String[]> triggers = catalog.rows(QUERY, List.of(info.oid()));
        for (int category = 0; category < HEADINGS.size(); category++) {
            boolean headed = false;
            for (String[] trigger : triggers) {
                if (category(trigger[2].charAt(0), RelationInfo.isTrue(trigger[3])) != category) {
                    continue;
                }
                if (!headed) {
                    footers.add(HEADINGS.get(category));
                    headed = true;
                }
                String definition = trigger[1];
                int at = definition.indexOf(" TRIGGER ");
                String line = "    " + (at >= 0 ? definition.substring(at + 9) : definition);
                footers.add(trigger[4] == null ? line : line + ", ON TABLE " + trigger[4]);
            }
        }
    }

    private static int category(char enabled, boolean internal) {
        return switch (enabled) {
            case 'O', 't' -> 0;
            case 'D', 'f' -> internal ? 2 : 1;
            case 'A' -> 3;
            case 'R' -> 4;
            default -> -1;
        };
    }
}
