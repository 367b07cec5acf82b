package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import com.vayyari.wadb.db.Transactions;
import com.vayyari.wadb.generate.ProgressListener.Phase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Fills the schema with deterministic, realistic demo data: chats (direct and groups), messages, media files,
 * tracking rows and the processing state. The same {@link GenerateOptions} always give the same rows, byte
 * for byte: every value comes from {@link SplittableRandom}s seeded by the options and every time counts back
 * from the options' end, never from the clock. On a fresh database even the bigserial ids are the same.
 *
 * <p>All of it is one transaction, loaded with COPY and streamed: memory does not grow with the message count.
 * On any error it is rolled back and nothing stays; on success it is committed (the connection's autocommit
 * setting is restored either way). What it does to the state tables (processing_state, and the tracking rows
 * of its chats) is recorded in state_changes in the same transaction, as every state change is.
 *
 * <p>Generating into a database that already has this seed's chats is refused with
 * {@link GeneratedDataExistsException} before anything is written: merging row by row through a staging table
 * would make every run several times slower, for no use a demo has. Other seeds give other chats and ids, so
 * their data lives side by side; one seed's rows are those whose chat metadata contains
 * {@link Roster#sourceTag(long)}, and deleting those chats removes the rest by cascade.
 */
public final class DemoDataGenerator {

    private static final String PAUSE_REASON = "MinIO maintenance window";

    /** Independent random streams, so each table can be produced without drawing the others' numbers. */
    private record Streams(long roster, long plan, long text, long media, long tracking, long processing) {

        static Streams of(long seed) {
            SplittableRandom root = new SplittableRandom(seed);
            return new Streams(root.nextLong(), root.nextLong(), root.nextLong(), root.nextLong(),
                    root.nextLong(), root.nextLong());
        }
    }

    public GenerateReport generate(Connection conn, GenerateOptions options, ProgressListener progress)
            throws SQLException {
        long started = System.nanoTime();
        long seed = options.seed();
        long total = options.messages();
        Streams streams = Streams.of(seed);
        long provisional = Timeline.provisionalStart(options.end());
        Roster draft = Roster.create(seed, options.chats(), provisional, new SplittableRandom(streams.roster()));
        ChatStats stats = ChatStats.scan(new MessagePlan(draft, streams.plan(), total, provisional), draft.size(),
                total, options.end(), draft.showcase());
        Timeline timeline = new Timeline(provisional + stats.shift(), options.end());
        Roster roster = Roster.create(seed, options.chats(), timeline.start(), new SplittableRandom(streams.roster()));
        MessageIds ids = new MessageIds(seed, stats.showcaseNumber(), Showcase.MESSAGE_ID);
        TrackingRows tracking = new TrackingRows(roster, stats, ids, timeline, new SplittableRandom(streams.tracking()));
        int every = options.progressEvery();

        Loaded loaded;
        try {
            loaded = Transactions.inTransaction(conn, tx -> {
                String stateBefore = lockProcessingState(conn);
                refuseIfPresent(conn, roster, seed);
                long chats = copy(conn, ChatRows.TABLE, ChatRows.COLUMNS, new ChatRows(roster, stats),
                        new Progress(progress, Phase.CHATS, roster.size(), every));
                long messages = copy(conn, MessageRows.TABLE, MessageRows.COLUMNS,
                        new MessageRows(ids, stats.showcaseNumber(), plan(roster, streams, total, timeline),
                                roster.size(), new SplittableRandom(streams.text())),
                        new Progress(progress, Phase.MESSAGES, total, every));
                long media = copy(conn, MediaRows.TABLE, MediaRows.COLUMNS,
                        new MediaRows(ids, plan(roster, streams, total, timeline), total, timeline,
                                new SplittableRandom(streams.media())),
                        new Progress(progress, Phase.MEDIA_FILES, stats.mediaMessages(), every));
                long tracked = copy(conn, TrackingRows.TABLE, TrackingRows.COLUMNS, tracking,
                        new Progress(progress, Phase.TRACKING, tracking.size(), every));
                updateProcessingState(conn, timeline, new SplittableRandom(streams.processing()));
                StateRecord.write(conn, command(options), stateBefore, tracking.jids());
                return new Loaded(chats, messages, media, tracked);
            });
        } catch (SQLException e) {
            // Rolled back by now: a clash the COPY found is this seed's data being there already.
            if ("23505".equals(e.getSQLState()) && !(e instanceof GeneratedDataExistsException)) {
                throw new GeneratedDataExistsException(seed, clash(e), e);
            }
            throw e;
        }
        vacuumAnalyze(conn);
        long groups = IntStream.range(0, roster.size()).filter(i -> roster.chat(i).group()).count();
        return new GenerateReport(seed, loaded.chats(), groups, loaded.messages(), loaded.media(), loaded.tracked(),
                tracking.excluded(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static MessagePlan plan(Roster roster, Streams streams, long total, Timeline timeline) {
        return new MessagePlan(roster, streams.plan(), total, timeline.start());
    }

    /**
     * The run as a command line, for its state_changes record: every option, the end as an instant in UTC written
     * as the commands show times ({@code 2024-12-31 18:04:05+00}), which --until reads back.
     */
    static String command(GenerateOptions options) {
        return "generate --chats " + options.chats() + " --messages " + options.messages() + " --seed "
                + options.seed() + " --until '" + UNTIL.format(Instant.ofEpochSecond(options.end())) + "'";
    }

    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssx").withZone(java.time.ZoneOffset.UTC);

    /**
     * Statistics and visibility maps for the tables just filled, as autovacuum would make them later (or never,
     * where it is off): without statistics the planner takes the fresh tables for empty and picks bad plans for
     * the first queries a user tries; without a visibility map no index-only scan pays, so {@code chats} read
     * the heap pages of every message to count them: 18 times the table for 100,000 messages (issue 17). VACUUM
     * cannot run inside a transaction, so it runs in autocommit; ours is committed by now.
     */
    private static void vacuumAnalyze(Connection conn) throws SQLException {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(true);
        try (java.sql.Statement st = conn.createStatement()) {
            st.execute("VACUUM (ANALYZE) " + ChatRows.TABLE + ", " + MessageRows.TABLE + ", " + MediaRows.TABLE + ", "
                    + TrackingRows.TABLE);
        } finally {
            conn.setAutoCommit(autoCommit);
        }
    }

    /** The rows each COPY stored. */
    private record Loaded(long chats, long messages, long media, long tracked) {
    }

    private static long copy(Connection conn, String table, String columns, RowSource rows, Progress progress)
            throws SQLException {
        try (CopyInWriter out = CopyInWriter.open(conn, table, columns)) {
            while (rows.next(out)) {
                progress.tick();
            }
            progress.finish();
            return out.finish();
        }
    }

    /** One look-up of all this run's chat JIDs: if any is there, the seed's data (or a clash) is. */
    private static void refuseIfPresent(Connection conn, Roster roster, long seed) throws SQLException {
        String[] jids = new String[roster.size()];
        for (int i = 0; i < jids.length; i++) {
            jids[i] = roster.chat(i).jid();
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT min(jid) FROM chats WHERE jid = ANY (?)")) {
            ps.setArray(1, conn.createArrayOf("text", jids));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    throw new GeneratedDataExistsException(seed, "chat " + rs.getString(1) + " exists", null);
                }
            }
        }
    }

    /**
     * Locks the singleton row first, as {@code pause} and {@code resume} do, so the state_changes record holds
     * what this run replaced; returns it as jsonb text (null when the row is missing).
     */
    private static String lockProcessingState(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT to_jsonb(p)::text FROM processing_state p WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The singleton row: paused for maintenance some months in, resumed later; created if it is missing. */
    private static void updateProcessingState(Connection conn, Timeline timeline, SplittableRandom rng)
            throws SQLException {
        long pausedAt = timeline.at(0.6) + rng.nextLong(86_400);
        long resumedAt = pausedAt + rng.nextLong(2 * 3_600, 3 * 86_400);
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO processing_state (id, is_paused, paused_at, resumed_at, pause_reason, updated_at)
                VALUES (1, false, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET is_paused = EXCLUDED.is_paused, paused_at = EXCLUDED.paused_at,
                    resumed_at = EXCLUDED.resumed_at, pause_reason = EXCLUDED.pause_reason,
                    updated_at = EXCLUDED.updated_at""")) {
            ps.setObject(1, utc(pausedAt));
            ps.setObject(2, utc(resumedAt));
            ps.setString(3, PAUSE_REASON);
            ps.setObject(4, utc(resumedAt));
            ps.executeUpdate();
        }
    }

    private static OffsetDateTime utc(long epochSeconds) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    /** The server's "Key (jid)=(…) already exists." where it says so. */
    private static String clash(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (server != null && server.getDetail() != null) {
            return server.getDetail();
        }
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
