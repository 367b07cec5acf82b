package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;

/** How a command reaches the session of whichever door invoked it (command line, REPL or piped stdin). */
@FunctionalInterface
public interface SessionProvider {
    Session session();
}
