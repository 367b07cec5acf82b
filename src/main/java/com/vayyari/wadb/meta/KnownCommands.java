package com.vayyari.wadb.meta;

import java.util.Set;

/**
 * Which backslash command names exist, run or not. psql passes over a command it knows in a branch not taken, any
 * {@code \d…} and {@code \lo_…} included, and reports any other name as an invalid command even there; wadb does the
 * same with psql's names and its own, so a script that skips a psql command wadb lacks still runs.
 */
public final class KnownCommands {

    /** psql 15's command names that wadb does not run. */
    private static final Set<String> PSQL_ONLY = Set.of("C", "copyright", "ef", "ev", "f", "password", "s");

    private KnownCommands() {
    }

    public static boolean known(String name) {
        return MetaCommands.find(name).isPresent() || PSQL_ONLY.contains(name) || name.startsWith("d")
                || name.startsWith("lo_");
    }
}
