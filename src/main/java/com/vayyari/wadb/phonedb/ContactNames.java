package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Names of people and groups from WhatsApp's contacts database ({@code wa.db}, table {@code wa_contacts}):
 * the name the phone's address book gives, else the name the person chose in WhatsApp.
 */
final class ContactNames {

    private final Map<String, String> names = new HashMap<>();

    static ContactNames none() {
        return new ContactNames();
    }

    static ContactNames read(Path waDb) throws IOException, SQLException {
        SourceFiles.requireSqlite(waDb);
        ContactNames contacts = new ContactNames();
        try (SqliteSource source = SqliteSource.open(waDb)) {
            if (!source.hasTable("wa_contacts")) {
                throw new ImportException(waDb.getFileName() + " is not WhatsApp's contacts database (wa.db):"
                        + " it has no wa_contacts table");
            }
            Rows.each(source, "SELECT jid, display_name, wa_name FROM wa_contacts", rs -> {
                String jid = WaJids.normalize(rs.getString(1));
                String name = rs.getString(2) != null && !rs.getString(2).isBlank() ? rs.getString(2) : rs.getString(3);
                if (jid != null && name != null && !name.isBlank()) {
                    contacts.names.putIfAbsent(jid, name);
                }
            });
        }
        return contacts;
    }

    /** The name of a JID, or null when the contacts do not know it. */
    String name(String jid) {
        return jid == null ? null : names.get(jid);
    }
}
