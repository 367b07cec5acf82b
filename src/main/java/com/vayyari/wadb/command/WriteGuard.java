package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;

/** Refuses writing commands in a read-only session before anything reaches the server. */
public final class WriteGuard {

    private WriteGuard() {
    }

    public static void check(Session session, String command) {
        if (session.options().readOnly()) {
            throw WadbException.usage(command + " changes data, and this session is read-only (--read-only or WADB_READ_ONLY)");
        }
    }
}
