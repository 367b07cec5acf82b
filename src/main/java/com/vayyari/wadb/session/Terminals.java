package com.vayyari.wadb.session;

/**
 * Small facts about terminal-style settings. Whether a descriptor is a terminal is a fact of the call, not of
 * this JVM: ask {@link Invocation#terminals()}.
 */
public final class Terminals {

    private Terminals() {
    }

    /** psql's boolean variable values: on/off, true/false, yes/no, 1/0 (and unambiguous prefixes). */
    public static boolean isTruthy(String value) {
        return Variables.parseBoolean(value.trim()).orElse(false);
    }
}
