package com.vayyari.wadb.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.vayyari.wadb.importer.WaPublicCorpus.Expected;
import com.vayyari.wadb.importer.WaPublicCorpus.Sample;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the public WhatsApp exports of {@code ../shared/wa-public/} (issue 18): each judged sample is
 * imported for real, then the database and the import report are compared with what MANIFEST.md states.
 *
 * <p>Samples that do not import right yet are listed in {@link #KNOWN_FAILING} with the reason; such a sample
 * that starts passing fails the test too, so the list only ever shrinks. A missing corpus fails, never skips.
 */
class WaPublicCorpusTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    static Path media;

    /** Sample name to why it still fails. */
    static final Map<String, String> KNOWN_FAILING = Map.of(
            "whats_json/arabic2_ios.txt", "MANIFEST's row does not fit this file, read by hand: it holds one deleted-message"
                    + " stub, not two (so 21 people's messages and 2 WhatsApp lines), and its author is 'Dmitry Starkov'");

    private static final AtomicInteger CHATS = new AtomicInteger();

    /** People's messages: WhatsApp's own lines are stored too, with their kind in metadata. */
    private static final String PEOPLES = "(metadata->>'kind') IS NULL";

    @TestFactory
    Stream<DynamicTest> everySampleImportsAsTheManifestSays() {
        List<Sample> samples = WaPublicCorpus.samples();
        assertEquals(122, samples.size(), "judged samples in the manifest");
        Set<String> names = new HashSet<>();
        samples.forEach(s -> names.add(s.name()));
        Set<String> stale = new HashSet<>(KNOWN_FAILING.keySet());
        stale.removeAll(names);
        assertEquals(Set.of(), stale, "KNOWN_FAILING names no sample");
        return samples.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> judge(s)));
    }

    /** Collected exports (no stated figures) that are refused, and why; any other refusal fails. */
    static final Map<String, String> REFUSED = Map.of(
            "girish95k FaceMatch wa.txt", "dates without a year ('Mar 5, 8:11 PM')",
            "swarbrickjones Horde_Analysis mike_raw.txt", "dates without a year ('18 Mar 12:14')");

    /**
     * The real exports whats_json collected (MANIFEST.md states no figures for them, only that eng_chat.txt has
     * 29,212 messages): each imports, or is refused for the reason listed, with every line accounted for.
     */
    @TestFactory
    Stream<DynamicTest> everyCollectedExportImportsWithEveryLineAccountedFor() throws Exception {
        Path collected = WaPublicCorpus.DIR.resolve("whats_json/chats_unique");
        assertTrue(Files.isDirectory(collected), "the wa-public corpus is missing: no " + collected);
        List<Path> files;
        try (Stream<Path> list = Files.list(collected)) {
            files = new ArrayList<>(list.sorted().toList());
        }
        files.add(WaPublicCorpus.DIR.resolve("whats_json/eng_chat.txt"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String jid = "wa-collected-" + CHATS.incrementAndGet() + "@g.us";
            try (Connection c = db.connect()) {
                ImportReport report = new ChatImporter(c).importFile(f, jid, null, ParseOptions.defaults(ZoneOffset.UTC),
                        ImportOptions.defaults().withMediaDir(media.resolve(jid)));
                assertFalse(REFUSED.containsKey(name), name + " imports now: take it off REFUSED");
                ParseReport parse = report.parse();
                assertEquals(parse.lines(), parse.accountedLines(), name + ": lines accounted for");
                assertEquals(parse.messages(), report.inserted() + report.alreadyPresent(), name);
                if (name.equals("eng_chat.txt")) {
                    assertEquals(29_212, parse.messages(), name);
                }
            } catch (ImportException e) {
                assertTrue(REFUSED.containsKey(name), name + " refused: " + e.getMessage());
            }
        }));
    }

    private static void judge(Sample sample) throws Exception {
        List<String> wrong = mismatches(sample);
        String reason = KNOWN_FAILING.get(sample.name());
        if (reason == null && !wrong.isEmpty()) {
            fail(sample.name() + ": " + String.join("; ", wrong));
        }
        if (reason != null && !wrong.isEmpty()) {
            System.out.println("known failing (" + reason + "): " + sample.name() + ": " + String.join("; ", wrong));
        }
        if (reason != null && wrong.isEmpty()) {
            fail(sample.name() + " imports right now: take it off KNOWN_FAILING (was: " + reason + ")");
        }
    }

    /** What differs from the manifest; empty when the sample imports right. */
    static List<String> mismatches(Sample sample) throws SQLException {
        Expected e = sample.expected();
        String jid = "wa-public-" + CHATS.incrementAndGet() + "@g.us";
        List<String> wrong = new ArrayList<>();
        if (!Files.isRegularFile(sample.file())) {
            wrong.add("no file " + sample.file());
            return wrong;
        }
        ImportReport report;
        try (Connection c = db.connect()) {
            report = new ChatImporter(c).importFile(sample.file(), jid, null,
                    ParseOptions.defaults(ZoneOffset.UTC), ImportOptions.defaults().withMediaDir(media.resolve(jid)));
        } catch (ImportException ex) {
            wrong.add("refused: " + ex.getMessage());
            return wrong;
        }
        ParseReport parse = report.parse();
        try (Connection c = db.connect()) {
            check(wrong, "messages", e.messages(), count(c, jid, PEOPLES));
            check(wrong, "multi-line messages", e.multiline(), count(c, jid, PEOPLES + " AND strpos(content, E'\\n') > 0"));
            check(wrong, "media messages", e.media(), count(c, jid, PEOPLES + " AND media_type IS NOT NULL"));
            check(wrong, "WhatsApp lines", e.waLines(), parse.systemLines());
            check(wrong, "WhatsApp lines stored", e.waLines(), count(c, jid, "NOT " + PEOPLES));
            check(wrong, "unreadable lines", e.unreadable(), parse.unparsedCount());
            check(wrong, "lines accounted for (header, continuation, unreadable, blank)", parse.lines(),
                    parse.accountedLines());
            Map<String, Long> authors = authors(c, jid);
            check(wrong, "authors", e.authors(), authors);
            check(wrong, "number of authors", e.authorCount(), e.authorCount() == null ? null : (long) authors.size());
            List<Long> times = times(c, jid);
            check(wrong, "first", iso(e.first()), times.isEmpty() ? null : iso(times.get(0)));
            check(wrong, "last", iso(e.last()), times.isEmpty() ? null : iso(times.get(times.size() - 1)));
            if (e.times() != null) {
                checkTimes(wrong, e.times(), e.tolerance(), times);
            }
            if (e.fileNames() != null) {
                check(wrong, "attachment file names", Set.copyOf(e.fileNames()), Set.copyOf(fileNames(c, jid)));
            }
        }
        return wrong;
    }

    private static void checkTimes(List<String> wrong, List<Long> expected, long tolerance, List<Long> actual) {
        if (expected.size() != actual.size()) {
            return; // the message count already says so
        }
        for (int i = 0; i < expected.size(); i++) {
            if (Math.abs(expected.get(i) - actual.get(i)) > tolerance) {
                wrong.add("message " + (i + 1) + " at " + iso(actual.get(i)) + ", expected " + iso(expected.get(i))
                        + " ±" + tolerance + " s");
            }
        }
    }

    private static void check(List<String> wrong, String what, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            wrong.add(what + " " + actual + ", expected " + expected);
        }
    }

    private static String iso(Long epoch) {
        return epoch == null ? null : java.time.LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC).toString();
    }

    private static long count(Connection c, String jid, String condition) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM messages WHERE jid = ? AND " + condition)) {
            ps.setString(1, jid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> authors(Connection c, String jid) throws SQLException {
        Map<String, Long> authors = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sender_name, count(*) FROM messages WHERE jid = ? AND " + PEOPLES + " GROUP BY 1 ORDER BY 2 DESC, 1")) {
            ps.setString(1, jid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    authors.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return authors;
    }

    private static List<Long> times(Connection c, String jid) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT \"timestamp\" FROM messages WHERE jid = ? AND " + PEOPLES + " ORDER BY \"timestamp\", id")) {
            ps.setString(1, jid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    times.add(rs.getLong(1));
                }
            }
        }
        return times;
    }

    private static List<String> fileNames(Connection c, String jid) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT file_name FROM media_files WHERE jid = ? AND file_name IS NOT NULL ORDER BY id")) {
            ps.setString(1, jid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
