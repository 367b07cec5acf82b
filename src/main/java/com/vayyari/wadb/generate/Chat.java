package com.vayyari.wadb.generate;

import java.util.List;

/**
 * A generated chat. {@code members} are the other people in it: the contact of a direct chat, the participants
 * of a group (the owner is in every chat and not listed). {@code createdAt} is in unix seconds.
 */
record Chat(String jid, String name, boolean group, List<Person> members, long createdAt, String metadata) {
}
