package com.vayyari.wadb.session;

import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.sql.ReadOnlyEscapes;
import java.util.Optional;

/**
 * The client's half of a read-only session: the server refuses writes, wadb refuses first what the server would let
 * through although it lifts or gets round read-only ({@link ReadOnlyEscapes}). Every door user SQL takes to the
 * server passes here: statements, COPY, {@code \copy}, and the query of {@code export}.
 */
public final class ReadOnlyGuard {

    /** How every read-only refusal ends, wadb's own commands' too. */
    public static final String READ_ONLY = "this session is read-only (--read-only or WADB_READ_ONLY)";

    private ReadOnlyGuard() {
    }

    /**
     * {@code settings} with the server's half: {@code default_transaction_read_only} as a startup option, last, so
     * no earlier one (PGOPTIONS, a URL's options, a {@code \\connect} string) overrides it; one that swallows it
     * (a trailing backslash) makes the server refuse the connection, which fails closed.
     */
    static ConnectionSettings enforced(ConnectionSettings settings) {
        return settings.withServerSetting("default_transaction_read_only", "on");
    }

    /** Throws the one-line refusal (exit code 1, as for a refused command) when {@code sql} would escape read-only. */
    public static void check(Session session, String sql) {
        if (!session.options().readOnly()) {
            return;
        }
        Optional<String> escape = ReadOnlyEscapes.find(sql);
        if (escape.isPresent()) {
            throw WadbException.usage(escape.get() + " is refused: " + READ_ONLY);
        }
    }
}
