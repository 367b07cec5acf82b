package com.vayyari.wadb.describe;

/**
 * What psql's describe functions that print one table per object ({@code \dx+}, {@code \dRp+}, {@code \dF+},
 * {@code \dFp+}) do when the pattern matches nothing: fail, saying so unless QUIET is on.
 */
final class NoMatch {

    private NoMatch() {
    }

    /**
     * Fails the command: throws with psql's message, or returns false under QUIET.
     *
     * @param kind what the command lists, in the singular ("extension"); psql's messages add an s for the plural
     */
    static boolean fail(Catalog catalog, String pattern, String kind) {
        if (catalog.session().options().quiet()) {
            return false;
        }
        throw Catalog.failure(pattern != null ? "Did not find any " + kind + " named \"" + pattern + "\"."
                : "Did not find any " + kind + "s.");
    }
}
