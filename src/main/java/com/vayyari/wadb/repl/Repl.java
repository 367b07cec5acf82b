package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.shell.Session;
import java.util.Map;

/** The interactive shell (JLine). */
public final class Repl {
    private Repl() {
    }

    public static int start(Session session, CommandFactory factory, Map<String, String> env) {
        throw new UnsupportedOperationException("REPL not built yet");
    }
}
