package com.vayyari.wadb.meta;

import java.nio.file.Path;

/**
 * What a backslash command may ask of the script that read it: run another file ({@code \i}, {@code \ir}) or a
 * domain command line ({@code \h search}). The script runner implements it, so meta never depends on script.
 */
public interface Scripts {

    /** {@code \i FILE}: runs the file with a splitter of its own; its exit code. */
    int include(Path file);

    /** {@code \ir FILE}: as {@link #include}, relative to the directory of the script being read. */
    int includeRelative(Path file);

    /** Runs one domain command line as if typed; its exit code. */
    int runCommandLine(String line);
}
