package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbProcess;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hidden {@code .NAME.DIGITS.wadb-tmp} file an output file is written to never outlives its run: a run stopped
 * by a signal deletes it on the way out, and one killed outright leaves it to the next run writing into that
 * directory, which deletes it once it is a day old — only wadb's own, only the user's, never through a link.
 */
class LeftoverTemporaryFilesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    /** Rows as fast as the server makes them, for far longer than any test waits. */
    private static final String ENDLESS = "select a, b, repeat('x', 100) from generate_series(1, 100000) a, "
            + "generate_series(1, 100000) b";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @Test
    void writingAnOutputFileRemovesTheUsersDayOldTemporaryFilesBesideItAndNothingElse() throws Exception {
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Path stale = old(dir.resolve(".chats.csv.8472910385561.wadb-tmp"), twoDaysAgo);
        Path staleOfAnotherTarget = old(dir.resolve(".report.json.12.wadb-tmp"), twoDaysAgo);
        Path fresh = Files.writeString(dir.resolve(".chats.csv.5512.wadb-tmp"), "a run still writing");
        Path notOurName = old(dir.resolve("chats.csv.8472910385561.wadb-tmp"), twoDaysAgo);
        Path notOurNumber = old(dir.resolve(".chats.csv.x1.wadb-tmp"), twoDaysAgo);
        Path otherSuffix = old(dir.resolve(".chats.csv.77.wadb-tmp.bak"), twoDaysAgo);
        Path victim = old(elsewhere.resolve("precious.txt"), twoDaysAgo);
        Path link = Files.createSymbolicLink(dir.resolve(".link.csv.99.wadb-tmp"), victim);
        Files.getFileAttributeView(link, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(FileTime.from(twoDaysAgo), null, null);
        Path othersFile = old(dir.resolve(".theirs.csv.31337.wadb-tmp"), twoDaysAgo);
        boolean othersFileOwnedByAnother = chownToNobody(othersFile);

        Result result = wadb().run("--url", db.url(), "--csv", "-o", dir.resolve("chats.csv").toString(),
                "-c", "select 1 as one");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("one\n1\n", Files.readString(dir.resolve("chats.csv")));

        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS), "a day-old temporary file of this user");
        assertFalse(Files.exists(staleOfAnotherTarget, LinkOption.NOFOLLOW_LINKS), "whatever target it was for");
        for (Path kept : List.of(fresh, notOurName, notOurNumber, otherSuffix, link, victim)) {
            assertTrue(Files.exists(kept, LinkOption.NOFOLLOW_LINKS), kept + " must stay");
        }
        assertEquals("precious", Files.readString(victim), "a link is never followed");
        assertEquals(othersFileOwnedByAnother, Files.exists(othersFile), "another user's file stays");
        TreeSet<String> left = new TreeSet<>(List.of("chats.csv"));
        for (Path kept : List.of(fresh, notOurName, notOurNumber, otherSuffix, link)) {
            left.add(kept.getFileName().toString());
        }
        if (othersFileOwnedByAnother) {
            left.add(othersFile.getFileName().toString());
        }
        assertEquals(left, names(dir));
    }

    @Test
    void anExportCleansUpTheSameWay() throws Exception {
        Path stale = old(dir.resolve(".messages.json.4040.wadb-tmp"), Instant.now().minus(Duration.ofHours(25)));
        Path almostStale = old(dir.resolve(".messages.json.4041.wadb-tmp"), Instant.now().minus(Duration.ofHours(23)));
        Result result = wadb().run("--url", db.url(), "export", "--table", "chats", "--format", "json",
                "--output", dir.resolve("messages.json").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(new TreeSet<>(List.of("messages.json", almostStale.getFileName().toString())), names(dir));
        assertFalse(Files.exists(stale));
    }

    /** A direct run stopped while it streams a result to {@code -o}: its hidden temporary file goes with it. */
    @ParameterizedTest
    @ValueSource(strings = {"TERM", "HUP", "INT"})
    void aRunStoppedBySignalLeavesNoTemporaryFile(String signal) throws Exception {
        Path target = dir.resolve("all.csv");
        try (WadbProcess wadb = WadbProcess.start(Map.of(), List.of(),
                List.of("--url", db.url(), "--csv", "-o", target.toString(), "-c", ENDLESS))) {
            Path temporary = awaitGrowingTemporaryFile();
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(wadb.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -" + signal);
            awaitExit(wadb.pid());
            assertFalse(Files.exists(temporary), temporary + " left behind after SIG" + signal);
        }
        assertEquals(new TreeSet<>(), names(dir), "neither the target nor a temporary file");
    }

    private Path awaitGrowingTemporaryFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    if (file.getFileName().toString().endsWith(".wadb-tmp") && size(file) > 1 << 20) {
                        return file;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no temporary file with data appeared within 60 s: " + names(dir));
    }

    private static void awaitExit(long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("wadb did not end within 30 s of the signal");
            }
            Thread.sleep(50);
        }
    }

    private static Path old(Path file, Instant modified) throws IOException {
        Files.writeString(file, "precious");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** True if the file now belongs to another user (possible as root only). */
    private static boolean chownToNobody(Path file) {
        try {
            UserPrincipal nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, nobody);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static TreeSet<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
