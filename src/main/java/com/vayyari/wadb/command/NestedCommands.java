package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;

/**
 * How a command runs another command line inside itself ({@code export --command "search …"}): through the
 * dispatcher of the door it was called from, which only the script layer has. Only commands that list rows and
 * end ({@link ListsRows}) may be nested.
 */
@FunctionalInterface
public interface NestedCommands {
    /** Runs {@code line} with {@code flags} (" --mask", or empty) appended; its exit code. */
    int run(String line, String flags, Session session);
}
