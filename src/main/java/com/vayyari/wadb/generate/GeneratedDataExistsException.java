package com.vayyari.wadb.generate;

import java.sql.SQLException;

/**
 * The database already holds rows this seed would create. Nothing was changed; the message says how to go on.
 * SQLSTATE 23505 (unique_violation), as the insert itself would have failed.
 */
public final class GeneratedDataExistsException extends SQLException {

    private static final long serialVersionUID = 1L;

    GeneratedDataExistsException(long seed, String clash, Throwable cause) {
        super("generate: the database already has rows that seed " + seed + " generates (" + clash + "); "
                + "nothing was changed. Use another --seed, or remove the old rows first: "
                + "DELETE FROM chats WHERE metadata @> '" + Roster.sourceTag(seed) + "'", "23505", cause);
    }
}
