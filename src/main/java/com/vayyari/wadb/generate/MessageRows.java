package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * {@code messages}, one per step of the plan: text or caption, replies to a recent message of the same chat,
 * forwards and reactions in {@code metadata}. Only the last few message numbers per chat are kept.
 */
final class MessageRows implements RowSource {

    static final String TABLE = "messages";
    static final String COLUMNS = "message_id, jid, sender_jid, sender_name, is_from_me, content, media_type, "
            + "media_url, \"timestamp\", metadata, created_at";
    private static final int RECENT = 8;
    private static final double REPLY_SHARE = 0.08;
    private static final double FORWARDED_SHARE = 0.03;
    private static final double REACTION_SHARE = 0.05;

    private final MessageIds ids;
    private final long showcaseNumber;
    private final MessagePlan plan;
    private final SplittableRandom rng;
    private final TextComposer text = new TextComposer();
    private final long[] recent;
    private final int[] seen;

    /** {@code showcaseNumber}: the message whose text is {@link Showcase#MESSAGE_TEXT} (none when negative). */
    MessageRows(MessageIds ids, long showcaseNumber, MessagePlan plan, int chats, SplittableRandom rng) {
        this.ids = ids;
        this.showcaseNumber = showcaseNumber;
        this.plan = plan;
        this.rng = rng;
        this.recent = new long[chats * RECENT];
        this.seen = new int[chats];
    }

    @Override
    public boolean next(CopyInWriter out) throws SQLException {
        if (!plan.next()) {
            return false;
        }
        Chat chat = plan.chat();
        String id = ids.of(plan.number());
        Person sender = plan.sender();
        MediaKind media = plan.media();
        String content = media == null ? text.message(rng)
                : rng.nextDouble() < media.captionShare ? text.caption(rng) : null;
        if (plan.number() == showcaseNumber) {
            content = Showcase.MESSAGE_TEXT;
        }
        out.text(id).text(chat.jid()).text(sender.jid()).text(sender.name()).bool(plan.fromMe()).text(content);
        if (media == null) {
            out.nul().nul();
        } else {
            out.text(media.type).text(media.url(MediaKind.MINIO_PREFIX, chat.jid(), id));
        }
        out.number(plan.timestamp()).text(metadata(chat)).timestamp(plan.timestamp() + rng.nextInt(4));
        out.endRow();
        remember(plan.chatIndex(), plan.number());
        return true;
    }

    private String metadata(Chat chat) {
        int c = plan.chatIndex();
        StringBuilder json = null;
        if (seen[c] > 0 && rng.nextDouble() < REPLY_SHARE) {
            long target = recent[c * RECENT + rng.nextInt(Math.min(seen[c], RECENT))];
            json = open(null).append("\"reply_to\": \"").append(ids.of(target)).append('"');
        }
        if (rng.nextDouble() < FORWARDED_SHARE) {
            json = open(json).append("\"forwarded\": true");
        }
        if (rng.nextDouble() < REACTION_SHARE) {
            String emoji = Phrases.EMOJI.get(rng.nextInt(Phrases.EMOJI.size()));
            int count = 1 + rng.nextInt(chat.group() ? 6 : 2);
            json = open(json).append("\"reactions\": {\"").append(emoji).append("\": ").append(count).append('}');
        }
        return json == null ? "{}" : json.append('}').toString();
    }

    private static StringBuilder open(StringBuilder json) {
        return json == null ? new StringBuilder(64).append('{') : json.append(", ");
    }

    private void remember(int chat, long number) {
        recent[chat * RECENT + seen[chat]++ % RECENT] = number;
    }
}
