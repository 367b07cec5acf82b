package com.vayyari.wadb.session;

/**
 * How much of a server error or notice to print: psql's {@code VERBOSITY} and {@code SHOW_CONTEXT}.
 * The default is psql's: default verbosity, context shown for errors only.
 */
public record ErrorStyle(Verbosity verbosity, ShowContext showContext) {

    public static final ErrorStyle DEFAULT = new ErrorStyle(Verbosity.DEFAULT, ShowContext.ERRORS);

    /** psql's {@code VERBOSITY}: terse is the first line only, sqlstate the severity and code only. */
    public enum Verbosity { DEFAULT, VERBOSE, TERSE, SQLSTATE }

    /** psql's {@code SHOW_CONTEXT}: when the CONTEXT lines print. */
    public enum ShowContext { NEVER, ERRORS, ALWAYS }

    public ErrorStyle withVerbosity(Verbosity value) {
        return new ErrorStyle(value, showContext);
    }

    public ErrorStyle withShowContext(ShowContext value) {
        return new ErrorStyle(verbosity, value);
    }
}
