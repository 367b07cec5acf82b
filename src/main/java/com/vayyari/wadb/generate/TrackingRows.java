package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code chat_tracking_state}: a few excluded chats with their reasons, and resume points (a message in the
 * first 90 % of the stream) for most others; the rest have no row, as chats nobody has touched.
 */
final class TrackingRows implements RowSource {

    static final String TABLE = "chat_tracking_state";
    static final String COLUMNS = "jid, is_excluded, excluded_at, exclude_reason, last_processed_message_id, "
            + "last_processed_at, resume_mode, updated_at";
    /** One chat in this many is excluded (at least one when there are two chats or more). */
    private static final int EXCLUDED_ONE_IN = 16;
    private static final double TRACKED_SHARE = 0.8;
    private static final double FROM_NOW_SHARE = 0.1;
    /** Processing lags the message by a few seconds. */
    private static final long PROCESSING_DELAY = 5;

    private record Row(String jid, boolean excluded, long at, String reason, String messageId, String mode) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final long excluded;
    private int next;

    TrackingRows(Roster roster, ChatStats stats, MessageIds ids, Timeline timeline, SplittableRandom rng) {
        boolean[] exclude = pickExcluded(roster.size(), rng);
        if (roster.showcase()) {
            showcase(exclude);
        }
        long excludedCount = 0;
        for (int i = 0; i < roster.size(); i++) {
            String jid = roster.chat(i).jid();
            if (exclude[i]) {
                long at = timeline.at(rng.nextDouble());
                String reason = Names.EXCLUDE_REASONS.get(rng.nextInt(Names.EXCLUDE_REASONS.size()));
                if (roster.showcase() && i == Showcase.GROUP_INDEX) {
                    reason = Showcase.EXCLUDE_REASON;
                }
                rows.add(new Row(jid, true, at, reason, null, "from_last"));
                excludedCount++;
            } else if (stats.resumeNumber(i) >= 0 && rng.nextDouble() < TRACKED_SHARE) {
                String mode = rng.nextDouble() < FROM_NOW_SHARE ? "from_now" : "from_last";
                rows.add(new Row(jid, false, stats.resumeTimestamp(i) + PROCESSING_DELAY, null,
                        ids.of(stats.resumeNumber(i)), mode));
            }
        }
        this.excluded = excludedCount;
    }

    /** The showcase group is excluded (README: include Family) and its contact is not (exclude 9198…). */
    private static void showcase(boolean[] exclude) {
        if (!exclude[Showcase.GROUP_INDEX]) {
            // move one exclusion to the group, so the count stays one in sixteen
            for (int i = exclude.length - 1; i >= 0; i--) {
                if (exclude[i]) {
                    exclude[i] = false;
                    break;
                }
            }
            exclude[Showcase.GROUP_INDEX] = true;
        }
        if (exclude[Showcase.CONTACT_INDEX]) {
            exclude[Showcase.CONTACT_INDEX] = false;
            for (int i = Showcase.GROUP_INDEX + 1; i < exclude.length; i++) {
                if (!exclude[i]) {
                    exclude[i] = true;
                    break;
                }
            }
        }
    }

    private static boolean[] pickExcluded(int chats, SplittableRandom rng) {
        int count = chats < 2 ? 0 : Math.max(1, chats / EXCLUDED_ONE_IN);
        int[] order = new int[chats];
        for (int i = 0; i < chats; i++) {
            order[i] = i;
        }
        boolean[] picked = new boolean[chats];
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(chats - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            picked[order[i]] = true;
        }
        return picked;
    }

    long size() {
        return rows.size();
    }

    long excluded() {
        return excluded;
    }

    /** The chats that get a row. */
    String[] jids() {
        return rows.stream().map(Row::jid).toArray(String[]::new);
    }

    @Override
    public boolean next(CopyInWriter out) throws SQLException {
        if (next == rows.size()) {
            return false;
        }
        Row row = rows.get(next++);
        out.text(row.jid()).bool(row.excluded());
        if (row.excluded()) {
            out.timestamp(row.at()).text(row.reason()).nul().nul();
        } else {
            out.nul().nul().text(row.messageId()).timestamp(row.at());
        }
        out.text(row.mode()).timestamp(row.at());
        out.endRow();
        return true;
    }
}
