package com.vayyari.wadb.phonedb;

/**
 * A chat as the phone's database has it.
 *
 * @param jid  the chat's JID, normalised ({@link WaJids})
 * @param name the group subject, or null (a person's name comes from {@code --contacts})
 */
record PhoneChat(String jid, String name) {

    boolean isGroup() {
        return jid.endsWith("@g.us");
    }

    /** person, group or broadcast: kept in {@code chats.metadata.kind}. */
    String kind() {
        if (isGroup()) {
            return "group";
        }
        return jid.endsWith("@broadcast") ? "broadcast" : "person";
    }
}
