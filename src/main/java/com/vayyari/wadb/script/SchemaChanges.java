package com.vayyari.wadb.script;

import com.vayyari.wadb.sql.CommandTag;
import java.util.Locale;
import java.util.Set;

/** Which statements may change the names completion offers: DDL, and a change of search_path. */
final class SchemaChanges {

    private static final Set<String> SCHEMA_WORDS = Set.of("CREATE", "ALTER", "DROP", "IMPORT", "COMMENT");

    private SchemaChanges() {
    }

    static boolean affects(String sql) {
        String first = CommandTag.firstWord(sql);
        return SCHEMA_WORDS.contains(first)
                || first.equals("SET") && sql.toLowerCase(Locale.ROOT).contains("search_path");
    }
}
