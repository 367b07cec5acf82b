package com.vayyari.wadb.sql;

import java.util.Optional;

/**
 * What the lexer asks while it reads: the value of a psql variable, and whether the server reads backslashes in
 * plain strings. psqlscan.l's callbacks ({@code get_variable}, {@code std_strings}), so the lexer itself stays pure.
 */
public interface Substitution {

    /** No variables, standard strings: what a lexer that only splits needs. */
    Substitution NONE = new Substitution() {
        @Override
        public Optional<String> variable(String name) {
            return Optional.empty();
        }
    };

    /** The value of {@code name}; empty leaves the reference as it was written (psql's rule for unset variables). */
    Optional<String> variable(String name);

    /** {@code standard_conforming_strings} as the server last reported it: off makes {@code '\''} a quote. */
    default boolean standardStrings() {
        return true;
    }

    /**
     * The text of a reference: {@code :name} is the value itself, {@code :'name'} a string literal, {@code :"name"}
     * an identifier, {@code :{?name}} TRUE or FALSE; empty when the variable is not set.
     */
    static Optional<String> expand(Substitution substitution, String reference) {
        if (substitution == NONE) {
            return Optional.empty();  // a lexer that only splits keeps every reference as written
        }
        if (reference.startsWith(":{?")) {
            String name = reference.substring(3, reference.length() - 1);
            return Optional.of(substitution.variable(name).isPresent() ? "TRUE" : "FALSE");
        }
        char quote = reference.charAt(1);
        if (quote != '\'' && quote != '"') {
            return substitution.variable(reference.substring(1));
        }
        String name = reference.substring(2, reference.length() - 1);
        return substitution.variable(name).map(value -> quote == '"' ? Identifiers.quote(value) : literal(value));
    }

    /** libpq's PQescapeLiteral: quotes doubled; with any backslash, backslashes doubled and an {@code E} before. */
    static String literal(String value) {
        if (value.indexOf('\\') < 0) {
            return "'" + value.replace("'", "''") + "'";
        }
        return " E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
