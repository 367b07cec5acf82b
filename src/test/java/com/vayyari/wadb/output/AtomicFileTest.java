package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    /** 100 MB in 1 MB pieces: the file is synced in the background three times on the way. */
    @Test
    void aLargeFileCommitsWholeAfterItsBackgroundSyncs() throws Exception {
        Path target = dir.resolve("big.csv");
        Files.writeString(target, "the old file\n");
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (AtomicFile file = AtomicFile.create(target)) {
            OutputStream out = file.stream();
            byte[] piece = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                java.util.Arrays.fill(piece, (byte) ('a' + i % 26));
                out.write(piece);
                written.update(piece);
            }
            assertEquals("the old file\n", Files.readString(target), "untouched until the commit");
            file.commit();
        }
        assertEquals(100L << 20, Files.size(target));
        try (var in = Files.newInputStream(target)) {
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.update(buffer, 0, n);
            }
            assertArrayEquals(written.digest(), read.digest());
        }
        assertEquals(List.of(target), files());
    }

    @Test
    void anAbortAfterBackgroundSyncsLeavesNothingAndTheOldFileAlone() throws Exception {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "the old file\n");
        try (AtomicFile file = AtomicFile.create(target)) {
            byte[] piece = new byte[1 << 20];
            for (int i = 0; i < 70; i++) {
                file.stream().write(piece);
            }
            file.abort();
        }
        assertEquals("the old file\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aDeviceIsWrittenToAndNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        try (AtomicFile file = AtomicFile.create(devNull)) {
            file.writer().write("gone\n");
            file.commit();
        }
        assertEquals(true, Files.isSameFile(devNull, devNull) && !Files.isRegularFile(devNull),
                "/dev/null is still a device, not a file renamed over it");
        try (Stream<Path> left = Files.list(Path.of("/dev"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".wadb-tmp")).toList());
        }
    }

    @Test
    void aSymbolicLinkStaysAndItsFileIsReplaced() throws Exception {
        Path real = dir.resolve("real.txt");
        Path link = dir.resolve("link.txt");
        Files.writeString(real, "old\n");
        Files.createSymbolicLink(link, real.getFileName());
        try (AtomicFile file = AtomicFile.create(link)) {
            file.writer().write("new\n");
            file.commit();
        }
        assertEquals(true, Files.isSymbolicLink(link), "the link is kept");
        assertEquals("new\n", Files.readString(real));
    }
}
