package com.vayyari.wadb.command;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every wadb table (as a count and a digest), and the schema: "did anything change?" in one value. */
final class DbState {

    private static final List<String> TABLES = List.of("chats", "messages", "chat_tracking_state", "processing_state",
            "media_files", "state_changes");

    private DbState() {
    }

    static Map<String, String> data(TestDatabase db) throws Exception {
        Map<String, String> digest = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                        + " FROM " + table + " t")) {
                    rs.next();
                    digest.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT last_value FROM state_changes_id_seq")) {
                rs.next();
                digest.put("state_changes_id_seq", rs.getString(1));
            }
        }
        return digest;
    }

    static String schema(TestDatabase db) throws Exception {
        return Processes.pgDumpSchema(db.name());
    }
}
