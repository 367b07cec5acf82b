package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code media_files}, one per media message of the plan, in every upload status: the first four files take
 * one status each, so every status occurs as soon as there are four; recent files are mostly still pending.
 */
final class MediaRows implements RowSource {

    static final String TABLE = "media_files";
    static final String COLUMNS = "message_id, jid, media_type, mime_type, file_name, file_size, minio_url, "
            + "deeplens_url, upload_status, metadata, created_at, updated_at";

    private enum Status { PENDING, UPLOADED, MIGRATED, FAILED }

    private static final Status[] STATUSES = Status.values();
    private static final double RECENT_SHARE = 0.02;
    private static final int[][] DIMENSIONS = {{1600, 1200}, {1200, 1600}, {1280, 960}, {4000, 3000}, {1080, 1920}};
    private static final List<String> ERRORS = List.of(
            "connection reset by peer", "timeout after 30 s", "object too large", "checksum mismatch");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final MessageIds ids;
    private final MessagePlan plan;
    private final SplittableRandom rng;
    private final long recentFrom;
    private final long latest;

    MediaRows(MessageIds ids, MessagePlan plan, long messages, Timeline timeline, SplittableRandom rng) {
        this.ids = ids;
        this.plan = plan;
        this.latest = timeline.end() - 1;
        this.rng = rng;
        this.recentFrom = messages - (long) (messages * RECENT_SHARE);
    }

    @Override
    public boolean next(CopyInWriter out) throws SQLException {
        while (plan.next()) {
            if (plan.media() != null) {
                write(out, plan.media(), plan.chat().jid(), ids.of(plan.number()));
                return true;
            }
        }
        return false;
    }

    private void write(CopyInWriter out, MediaKind kind, String jid, String id) throws SQLException {
        long created = plan.timestamp() + 1 + rng.nextInt(30);
        Status status = status();
        long later = switch (status) {
            case PENDING -> 0;
            case UPLOADED -> 2 + rng.nextInt(120);
            case MIGRATED -> 86_400L * (1 + rng.nextInt(90));
            case FAILED -> 30 + rng.nextInt(900);
        };
        // a migration planned after the end has not happened yet: it is dated at the end, never in the future
        long updated = Math.max(created, Math.min(created + later, latest));
        out.text(id).text(jid).text(kind.type).text(kind.mimeType).text(fileName(kind)).number(fileSize(kind))
                .text(kind.url(MediaKind.MINIO_PREFIX, jid, id))
                .text(status == Status.MIGRATED ? kind.url(MediaKind.DEEPLENS_PREFIX, jid, id) : null)
                .text(status.name().toLowerCase(Locale.ROOT)).text(metadata(kind, status))
                .timestamp(created).timestamp(updated);
        out.endRow();
    }

    private Status status() {
        if (plan.mediaNumber() < STATUSES.length) {
            return STATUSES[(int) plan.mediaNumber()];
        }
        double u = rng.nextDouble();
        if (plan.number() >= recentFrom) {
            return u < 0.7 ? Status.PENDING : Status.UPLOADED;
        }
        return u < 0.72 ? Status.UPLOADED : u < 0.90 ? Status.MIGRATED : u < 0.94 ? Status.PENDING : Status.FAILED;
    }

    /** WhatsApp's own names: IMG-20240101-WA0007.jpg; documents keep the sender's name. */
    private String fileName(MediaKind kind) {
        if (kind.type.equals("document")) {
            return Phrases.DOCUMENTS.get(rng.nextInt(Phrases.DOCUMENTS.size())) + "." + kind.extension;
        }
        String day = LocalDate.ofEpochDay(Math.floorDiv(plan.timestamp(), 86_400L)).format(DAY);
        String counter = String.valueOf(10_001 + plan.mediaNumber() % 9_999).substring(1);
        return kind.filePrefix + "-" + day + "-WA" + counter + "." + kind.extension;
    }

    private long fileSize(MediaKind kind) {
        return switch (kind) {
            case PHOTO -> rng.nextLong(40_000, 3_500_000);
            case VIDEO -> rng.nextLong(500_000, 45_000_000);
            case VOICE_NOTE -> rng.nextLong(3_000, 900_000);
            case AUDIO -> rng.nextLong(1_000_000, 8_000_000);
            case PDF, SPREADSHEET, WORD -> rng.nextLong(15_000, 5_000_000);
        };
    }

    private String metadata(MediaKind kind, Status status) {
        StringBuilder json = new StringBuilder(96).append('{');
        switch (kind) {
            case PHOTO, VIDEO -> {
                int[] size = DIMENSIONS[rng.nextInt(DIMENSIONS.length)];
                json.append("\"width\": ").append(size[0]).append(", \"height\": ").append(size[1]);
                if (kind == MediaKind.VIDEO) {
                    json.append(", \"duration_seconds\": ").append(3 + rng.nextInt(178));
                }
            }
            case VOICE_NOTE, AUDIO -> json.append("\"duration_seconds\": ").append(2 + rng.nextInt(299));
            case PDF, WORD -> json.append("\"pages\": ").append(1 + rng.nextInt(40));
            case SPREADSHEET -> json.append("\"sheets\": ").append(1 + rng.nextInt(5));
        }
        if (status == Status.FAILED) {
            Json.string(json.append(", \"error\": "), ERRORS.get(rng.nextInt(ERRORS.size())))
                    .append(", \"attempts\": ").append(1 + rng.nextInt(5));
        }
        return json.append('}').toString();
    }
}
