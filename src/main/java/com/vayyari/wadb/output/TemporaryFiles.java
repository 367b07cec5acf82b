package com.vayyari.wadb.output;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The hidden {@code .NAME.DIGITS.wadb-tmp} files {@link AtomicFile} writes before the rename. They hold chat data,
 * so none may outlive the run that wrote it: one still being written when the JVM is stopped by SIGTERM, SIGHUP or
 * SIGINT is deleted by a shutdown hook, and one a run killed outright (SIGKILL, a power cut) left behind is deleted
 * by the next run that writes a file into the same directory, once it is a day old — a day, so that a run still
 * writing a long export there is never disturbed.
 */
final class TemporaryFiles {

    static final String SUFFIX = ".wadb-tmp";
    /** {@link Files#createTempFile} puts an unsigned decimal number between the prefix and the suffix. */
    private static final Pattern NAME = Pattern.compile("\\..+\\.[0-9]+\\.wadb-tmp");
    static final Duration STALE_AFTER = Duration.ofDays(1);

    /** This JVM's files being written: a warm server writes for many calls at once. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static boolean hooked;

    private TemporaryFiles() {
    }

    /** {@code file} is being written: deleted if the JVM is stopped before {@link #finished}. */
    static void started(Path file) {
        IN_PROGRESS.add(file);
        hookOnce();
    }

    /** {@code file} was renamed over its target or deleted: nothing left to clean up. */
    static void finished(Path file) {
        IN_PROGRESS.remove(file);
    }

    private static synchronized void hookOnce() {
        if (hooked) {
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteInProgress, "wadb-temporary-files"));
            hooked = true;
        } catch (IllegalStateException shuttingDown) {
            // Too late for a hook: the next run's stale-file cleanup is the fallback.
        }
    }

    private static void deleteInProgress() {
        for (Path file : IN_PROGRESS) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The JVM is going: what cannot be deleted now the stale-file cleanup deletes later.
            }
        }
    }

    /**
     * Deletes wadb's temporary files in the directory of {@code ours} (a file this run just created, so owned by
     * the user wadb runs as) that are at least {@link #STALE_AFTER} old, are regular files — links are never
     * followed — and belong to the same user. Best effort: whatever cannot be read or deleted is left alone.
     */
    static void removeStale(Path ours, Instant now) {
        Object owner;
        try {
            owner = Files.getAttribute(ours, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return;  // no owner to compare with: deleting nothing is the safe answer
        }
        FileTime cutoff = FileTime.from(now.minus(STALE_AFTER));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(ours.getParent(), "*" + SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.equals(ours) && NAME.matcher(entry.getFileName().toString()).matches()
                        && isStale(entry, owner, cutoff)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // A directory we cannot list: the new file is written all the same.
        }
    }

    private static boolean isStale(Path entry, Object owner, FileTime cutoff) {
        try {
            Map<String, Object> attributes = Files.readAttributes(entry, "unix:uid,isRegularFile,lastModifiedTime",
                    LinkOption.NOFOLLOW_LINKS);
            return Boolean.TRUE.equals(attributes.get("isRegularFile")) && Objects.equals(owner, attributes.get("uid"))
                    && ((FileTime) attributes.get("lastModifiedTime")).compareTo(cutoff) <= 0;
        } catch (IOException e) {
            return false;  // gone meanwhile (another run cleaned up), or unreadable: not ours to judge
        }
    }

    /** unlink never follows a link, so a file swapped for a link since the check costs only the link. */
    private static void deleteQuietly(Path entry) {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            // Not ours to delete after all (a directory that forbids it): left as it is.
        }
    }
}
