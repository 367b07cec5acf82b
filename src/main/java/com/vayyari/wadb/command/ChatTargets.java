package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The chats a state command names, resolved once (JIDs validated, names looked up), duplicates dropped. */
final class ChatTargets {

    private final Map<String, Jids.Chat> byJid = new LinkedHashMap<>();
    private final Set<String> absent = new LinkedHashSet<>();

    private ChatTargets() {
    }

    /**
     * Resolves every argument: a name must match exactly one chat; a JID not in chats is refused (naming
     * {@code createHint}) unless {@code mayBeAbsent}. With --explain ({@code lookUp} false) JIDs are only validated.
     */
    static ChatTargets resolve(Session session, List<String> arguments, boolean mayBeAbsent, boolean lookUp,
                               String createHint) {
        ChatTargets targets = new ChatTargets();
        for (String argument : arguments) {
            if (!Jids.looksLikeJid(argument)) {
                targets.add(Jids.resolve(session, argument), false);
                continue;
            }
            String jid = Jids.normalize(argument);
            Optional<Jids.Chat> found = lookUp ? Jids.find(session, jid) : Optional.empty();
            targets.add(found.orElse(new Jids.Chat(jid, null)), lookUp && found.isEmpty());
        }
        if (!mayBeAbsent && !targets.absent.isEmpty()) {
            throw WadbException.usage("no chat " + String.join(", ", targets.absent) + createHint);
        }
        return targets;
    }

    private void add(Jids.Chat chat, boolean isAbsent) {
        if (byJid.putIfAbsent(chat.jid(), chat) == null && isAbsent) {
            absent.add(chat.jid());
        }
    }

    List<String> jids() {
        return new ArrayList<>(byJid.keySet());
    }

    String[] jidArray() {
        return byJid.keySet().toArray(String[]::new);
    }

    /** JIDs that are not in chats yet (only with {@code mayBeAbsent}). */
    String[] absentArray() {
        return absent.toArray(String[]::new);
    }

    String label(String jid) {
        Jids.Chat chat = byJid.get(jid);
        return chat == null ? jid : chat.label();
    }
}
