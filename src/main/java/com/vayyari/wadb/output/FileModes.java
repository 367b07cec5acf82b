package com.vayyari.wadb.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The modes of the files and directories one call creates: what open(2) with 0666 and mkdir(2) with 0777 give
 * under the caller's umask, as psql and the shell create them. They are set explicitly, because a warm server's
 * own umask is whatever its first caller had. {@link #UNKNOWN} (no umask known) leaves the process's own.
 */
public record FileModes(Set<PosixFilePermission> file, Set<PosixFilePermission> directory) {

    public static final FileModes UNKNOWN = new FileModes(null, null);

    /** The modes under {@code umask} (its low nine bits); {@link #UNKNOWN} for null. */
    public static FileModes underUmask(Integer umask) {
        return umask == null ? UNKNOWN : new FileModes(bits(0666 & ~umask), bits(0777 & ~umask));
    }

    /** Gives a file just written its mode (nothing when unknown). */
    public void applyToFile(Path path) throws IOException {
        if (file != null) {
            Files.setPosixFilePermissions(path, file);
        }
    }

    /** Creates {@code dir} and its missing parents, each new one with the directory mode. */
    public void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createDirectories(absolute.getParent());
        }
        Files.createDirectory(absolute);
        if (directory != null) {
            Files.setPosixFilePermissions(absolute, directory);
        }
    }

    private static Set<PosixFilePermission> bits(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();  // OWNER_READ (0400) first, OTHERS_EXECUTE last
        for (int i = 0; i < all.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(all[i]);
            }
        }
        return permissions;
    }
}
