package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase.TestServer;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbProcess;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output that cannot be written: a 512 KiB tmpfs filled by a bigger result, and the same tmpfs mounted
 * read-only. wadb exits 1 with one line, leaves neither the target nor its temporary file, does not touch a
 * file that was there before, and changes nothing in the database.
 */
class DiskFullTest {

    /** About 1.5 MB of CSV: three times what the disk holds. */
    private static final String BIG = "select g, repeat('x', 64) as pad from generate_series(1, 20000) g";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path scratch;

    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(scratch.resolve("small"));
        mount("size=512k");
    }

    @AfterEach
    void unmount() throws Exception {
        Processes.run(List.of("umount", disk.toString()), null);
    }

    private void mount(String options) throws Exception {
        Processes.Result mounted = Processes.run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", disk.toString()), null);
        Required.that(mounted.exitCode() == 0, "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): " + mounted.err());
    }

    private void remountReadOnly() throws Exception {
        Processes.Result remounted = Processes.run(List.of("mount", "-o", "remount,ro", disk.toString()), null);
        assertEquals(0, remounted.exitCode(), remounted.err());
    }

    private static String fingerprint() throws IOException, InterruptedException {
        TestServer server = TestServer.get();
        return Fingerprint.of(server.host(), server.port(), server.user(), db.name());
    }

    private List<String> filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(disk)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void assertFailedCleanly(Result result, List<String> filesBefore) throws IOException {
        assertEquals(1, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertEquals(filesBefore, filesOnDisk(), "no target and no temporary file may be left");
    }

    @Test
    void dashOOnAFullDiskExitsOneAndLeavesNothing() throws Exception {
        String before = fingerprint();
        Result result = wadb().run("--url", db.url(), "--csv", "-o", disk.resolve("out.csv").toString(), "-c", BIG);
        assertFailedCleanly(result, List.of());
        assertTrue(result.err().contains("No space left on device"), result.err());
        assertEquals(before, fingerprint(), "the database is untouched");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("com.vayyari.wadb.reliability.ServerGoneTest#exports")
    void anExportThatDoesNotFitExitsOneLeavesNothingAndKeepsTheOldFile(String door, String format) throws Exception {
        Path target = disk.resolve("export.out");
        Files.writeString(target, "the export of yesterday\n");
        String before = fingerprint();
        Result result = door.equals("piped")
                ? wadb().stdin("export --query \"" + BIG + "\" " + format + " --output " + target
                        + "\nselect 'not reached';\n").run("--url", db.url())
                : wadb().run("--url", db.url(), "export", "--query", BIG, format, "--output", target.toString());
        assertFailedCleanly(result, List.of("export.out"));
        assertTrue(result.err().contains("No space left on device"), result.err());
        assertFalse(result.out().contains("not reached"), "the script stops at the failed write");
        assertEquals("the export of yesterday\n", Files.readString(target));
        assertEquals(before, fingerprint(), "the database is untouched");
    }

    @Test
    void anExistingFileIsUntouchedWhenItsReplacementDoesNotFit() throws Exception {
        Path target = disk.resolve("out.csv");
        Files.writeString(target, "the export of yesterday\n");
        Result result = wadb().run("--url", db.url(), "--csv", "-o", target.toString(), "-c", BIG);
        assertFailedCleanly(result, List.of("out.csv"));
        assertEquals("the export of yesterday\n", Files.readString(target));
    }

    @Test
    void backslashOInAPipedScriptOnAFullDiskExitsOneAndLeavesNothing() throws Exception {
        Result result = wadb().stdin("\\o " + disk.resolve("out.txt") + "\n" + BIG + ";\n\\o\nselect 'not reached';\n")
                .run("--url", db.url(), "-A");
        assertFailedCleanly(result, List.of());
        assertFalse(result.out().contains("not reached"), "the script stops at the failed write");
    }

    @Test
    void backslashCopyToAFileOnAFullDiskExitsOneAndLeavesNothing() throws Exception {
        Result result = wadb().run("--url", db.url(), "-c",
                "\\copy (" + BIG + ") to '" + disk.resolve("out.csv") + "' csv header");
        assertFailedCleanly(result, List.of());
    }

    @Test
    void aReadOnlyDirectoryIsRefusedWithExitOne() throws Exception {
        remountReadOnly();
        Result dashO = wadb().run("--url", db.url(), "-o", disk.resolve("out.txt").toString(), "-c", "select 1");
        assertFailedCleanly(dashO, List.of());
        Result copy = wadb().run("--url", db.url(), "-c", "\\copy (select 1) to '" + disk.resolve("out.csv") + "'");
        assertFailedCleanly(copy, List.of());
    }

    /** {@code wadb … > file} on a full disk: the shell opened the file, so it stays, but wadb must not claim success. */
    @Test
    void stdoutRedirectedToAFullDiskExitsOneWithOneLine() throws Exception {
        Path file = disk.resolve("redirected.csv");
        try (WadbProcess wadb = WadbProcess.startWithStdoutTo(file, Map.of(),
                List.of("--url", db.url(), "--csv", "-c", BIG))) {
            int code = wadb.finish(60);
            assertEquals(1, code, wadb.err());
            Expect.oneLine(wadb.err());
            assertTrue(wadb.err().contains("standard output"), wadb.err());
        }
    }
}
