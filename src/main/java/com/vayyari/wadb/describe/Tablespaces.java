package com.vayyari.wadb.describe;

import java.util.List;

/** psql's add_tablespace_footer: where a relation lives, unless in the database's default tablespace. */
final class Tablespaces {

    private Tablespaces() {
    }

    /**
     * Adds {@code Tablespace: "name"} as a footer ({@code newLine}) or {@code , tablespace "name"} to the last one
     * (an index in a table's list), for the kinds that have a tablespace.
     */
    static void footer(Catalog catalog, List<String> footers, char kind, long tablespace, boolean newLine) {
        if ("rmiIpt".indexOf(kind) < 0 || tablespace == 0) {
            return;
        }
        catalog.row("SELECT spcname FROM pg_catalog.pg_tablespace\nWHERE oid = ?::pg_catalog.oid;",
                List.of(Long.toString(tablespace))).ifPresent(space -> {
                    if (newLine) {
                        footers.add("Tablespace: \"" + space[0] + "\"");
                    } else {
                        int last = footers.size() - 1;
                        footers.set(last, footers.get(last) + ", tablespace \"" + space[0] + "\"");
                    }
                });
    }
}
