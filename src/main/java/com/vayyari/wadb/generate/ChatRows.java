package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.SQLException;

/** {@code chats}: created before the data starts, updated at their last message. */
final class ChatRows implements RowSource {

    static final String TABLE = "chats";
    static final String COLUMNS = "jid, name, is_group, metadata, created_at, updated_at";

    private final Roster roster;
    private final ChatStats stats;
    private int next;

    ChatRows(Roster roster, ChatStats stats) {
        this.roster = roster;
        this.stats = stats;
    }

    @Override
    public boolean next(CopyInWriter out) throws SQLException {
        if (next == roster.size()) {
            return false;
        }
        Chat chat = roster.chat(next);
        out.text(chat.jid()).text(chat.name()).bool(chat.group()).text(chat.metadata())
                .timestamp(chat.createdAt()).timestamp(stats.lastTimestamp(next, chat.createdAt()));
        out.endRow();
        next++;
        return true;
    }
}
