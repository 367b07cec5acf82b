package com.vayyari.wadb.script;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.Substitution;
import java.util.Optional;

/** What the lexer of one input asks: the session's variables (none in a branch not taken) and the server's strings. */
final class SessionSubstitution implements Substitution {

    private final Session session;
    private final Conditionals conditions;

    SessionSubstitution(Session session, Conditionals conditions) {
        this.session = session;
        this.conditions = conditions;
    }

    @Override
    public Optional<String> variable(String name) {
        return conditions.active() ? session.variables().get(name) : Optional.empty();
    }

    @Override
    public boolean standardStrings() {
        return session.standardStrings();
    }
}
