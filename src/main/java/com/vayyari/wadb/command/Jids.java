package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp ids as DESIGN.md defines them: a person {@code <digits>@s.whatsapp.net} (the old {@code @c.us}
 * normalised to it), a group {@code <digits>-<digits>@g.us} or {@code <digits>@g.us}, and {@code @broadcast},
 * {@code @lid}, {@code @newsletter}. Anything with an {@code @} is taken as a JID and must match; anything else
 * names a chat and is looked up by its name.
 */
final class Jids {

    private static final Pattern JID = Pattern.compile(
            "(\\d{1,32})@(s\\.whatsapp\\.net|c\\.us|lid|newsletter)"
            + "|(\\d{1,32}(?:-\\d{1,32})?)@(g\\.us)"
            + "|(status|\\d{1,32})@(broadcast)");

    private Jids() {
    }

    /** A chat as resolved from the command line. */
    record Chat(String jid, String name) {
        String label() {
            return name == null || name.isEmpty() ? jid : jid + " (" + name + ")";
        }
    }

    static boolean looksLikeJid(String value) {
        return value.indexOf('@') >= 0;
    }

    /** The normalised JID, or a one-line usage error naming the bad value. */
    static String normalize(String value) {
        String trimmed = value.strip();
        Matcher m = JID.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw WadbException.usage("not a WhatsApp JID: " + Arguments.show(value)
                    + " (expected <digits>@s.whatsapp.net, <digits>-<digits>@g.us, <digits>@g.us,"
                    + " <digits>@lid, <digits>@newsletter or status@broadcast)");
        }
        for (int g = 1; g <= m.groupCount(); g += 2) {
            if (m.group(g) != null) {
                String domain = m.group(g + 1).equals("c.us") ? "s.whatsapp.net" : m.group(g + 1);
                return m.group(g) + "@" + domain;
            }
        }
        throw new IllegalStateException("unreachable: JID pattern matched without a group");
    }

    /**
     * A JID (validated, not looked up) or the one chat whose name is {@code value}, case-insensitively. No match
     * and several matches are usage errors; several list the candidates.
     */
    static Chat resolve(Session session, String value) {
        if (looksLikeJid(value)) {
            return new Chat(normalize(value), null);
        }
        List<Chat> found = byName(session, value);
        if (found.isEmpty()) {
            throw WadbException.usage("no chat named " + Arguments.show(value) + " (give its JID, or see: chats --like)");
        }
        if (found.size() > 1) {
            List<String> labels = found.stream().map(Chat::label).toList();
            throw WadbException.usage("chat name " + Arguments.show(value) + " is ambiguous: "
                    + String.join(", ", labels) + "; give the JID");
        }
        return found.get(0);
    }

    /** Like {@link #resolve}, and the chat must exist. */
    static Chat existing(Session session, String value) {
        Chat chat = resolve(session, value);
        if (chat.name() != null) {
            return chat;
        }
        return find(session, chat.jid()).orElseThrow(() -> WadbException.usage("no chat " + chat.jid()));
    }

    /** The chat with this (normalised) JID, if there is one. */
    static Optional<Chat> find(Session session, String jid) {
        return lookUp(session, "SELECT jid, name FROM chats WHERE jid = ?", jid).stream().findFirst();
    }

    private static List<Chat> byName(Session session, String name) {
        return lookUp(session, "SELECT jid, name FROM chats WHERE lower(name) = lower(?) ORDER BY jid LIMIT 20", name);
    }

    private static List<Chat> lookUp(Session session, String sql, String value) {
        Connection c = session.connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            List<Chat> chats = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chats.add(new Chat(rs.getString(1), rs.getString(2)));
                }
            }
            return chats;
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
