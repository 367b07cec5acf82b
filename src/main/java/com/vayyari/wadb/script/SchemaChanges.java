package com.vayyari.wadb.script;

import com.vayyari.wadb.sql.CommandTag;
import com.vayyari.wadb.sql.StatementKind;
import java.util.Locale;

/**
 * Which statements may change the names completion offers: DDL (by the one classifier), IMPORT FOREIGN SCHEMA,
 * and a change of search_path.
 */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static boolean affects(String sql) {
        if (StatementKind.of(sql) == StatementKind.DDL) {
            return true;
        }
        String first = CommandTag.firstWord(sql);
        return first.equals("IMPORT") || first.equals("SET") && sql.toLowerCase(Locale.ROOT).contains("search_path");
    }
}
