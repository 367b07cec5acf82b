package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.ReadOnlyGuard;
import com.vayyari.wadb.session.Session;

/** Refuses writing commands in a read-only session before anything reaches the server. */
public final class WriteGuard {

    private WriteGuard() {
    }

    public static void check(Session session, String command) {
        if (session.options().readOnly()) {
            throw WadbException.usage(command + " changes data, and " + ReadOnlyGuard.READ_ONLY);
        }
    }
}
