package com.vayyari.wadb.session;

import java.util.Locale;

/**
 * Small facts about terminal-style settings. Whether a descriptor is a terminal is a fact of the call, not of
 * this JVM: ask {@link Invocation#terminals()}.
 */
public final class Terminals {

    private Terminals() {
    }

    /** psql's boolean variable values: on/off, true/false, yes/no, 1/0 (and unambiguous prefixes). */
    public static boolean isTruthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("on") || "true".startsWith(v) && !v.isEmpty() || "yes".startsWith(v) && !v.isEmpty();
    }
}
