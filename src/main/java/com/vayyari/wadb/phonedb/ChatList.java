package com.vayyari.wadb.phonedb;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Chats gathered from several tables, one per JID, keeping the first name found. */
final class ChatList {

    private final Map<String, PhoneChat> chats = new LinkedHashMap<>();

    void add(String jid, String name) {
        if (jid == null) {
            return;
        }
        String cleanName = name == null || name.isBlank() ? null : name;
        PhoneChat known = chats.get(jid);
        if (known == null || (known.name() == null && cleanName != null)) {
            chats.put(jid, new PhoneChat(jid, cleanName));
        }
    }

    Collection<PhoneChat> all() {
        return chats.values();
    }
}
