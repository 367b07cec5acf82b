package com.vayyari.wadb.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * wadb's start-up file, found by psql's rules for ~/.psqlrc: {@code $WADBRC} (a leading {@code ~/} is the
 * home directory) or else {@code ~/.wadbrc}; of that name, the first readable of {@code NAME-VERSION},
 * {@code NAME-MAJOR} and {@code NAME} itself.
 */
public final class StartupFile {

    private StartupFile() {
    }

    public static Optional<Path> find(Invocation invocation, String version) {
        String fromEnv = invocation.env().get("WADBRC");
        Path base;
        if (fromEnv != null && !fromEnv.isEmpty()) {
            base = fromEnv.equals("~") || fromEnv.startsWith("~/")
                    ? invocation.home().resolve(fromEnv.substring(Math.min(2, fromEnv.length())))
                    : invocation.resolve(Path.of(fromEnv));
        } else {
            Path home = invocation.home();
            if (home == null) {
                return Optional.empty();
            }
            base = home.resolve(".wadbrc");
        }
        String major = version.split("\\.", 2)[0];
        for (Path candidate : new Path[] {sibling(base, "-" + version), sibling(base, "-" + major), base}) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
