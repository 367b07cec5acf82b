package com.vayyari.wadb.session;

import com.vayyari.wadb.output.ErrorPosition;
import org.postgresql.util.ServerErrorMessage;

/**
 * A server error or notice as psql prints it (libpq's error-message layout): {@code SEVERITY:  message}, then the
 * position as {@code LINE n:} with a caret, DETAIL, HINT, QUERY, CONTEXT and, when verbose, the SQLSTATE and the
 * server's source LOCATION. Every line ends in a newline.
 */
public final class ServerMessageText {

    private ServerMessageText() {
    }

    /**
     * The text for {@code message}; {@code query} is the statement the server was given (the position counts in
     * it), {@code error} tells an error (CONTEXT shown by default) from a notice.
     */
    public static String format(ServerErrorMessage message, String query, ErrorStyle style, boolean error) {
        ErrorStyle.Verbosity verbosity = style.verbosity();
        StringBuilder out = new StringBuilder();
        if (message.getSeverity() != null) {
            out.append(message.getSeverity()).append(":  ");
        }
        if (verbosity == ErrorStyle.Verbosity.SQLSTATE) {
            if (message.getSQLState() != null) {
                return out.append(message.getSQLState()).append('\n').toString();
            }
            verbosity = ErrorStyle.Verbosity.TERSE;
        }
        boolean terse = verbosity == ErrorStyle.Verbosity.TERSE;
        boolean verbose = verbosity == ErrorStyle.Verbosity.VERBOSE;
        if (verbose && message.getSQLState() != null) {
            out.append(message.getSQLState()).append(": ");
        }
        out.append(nonNull(message.getMessage()));
        String positionOf = null;
        int position = 0;
        if (message.getPosition() > 0) {
            if (!terse && query != null) {
                positionOf = query;
                position = message.getPosition();
            } else {
                out.append(" at character ").append(message.getPosition());
            }
        } else if (message.getInternalPosition() > 0) {
            if (!terse && message.getInternalQuery() != null) {
                positionOf = message.getInternalQuery();
                position = message.getInternalPosition();
            } else {
                out.append(" at character ").append(message.getInternalPosition());
            }
        }
        out.append('\n');
        if (!terse) {
            if (positionOf != null) {
                out.append(ErrorPosition.display(positionOf, position));
            }
            field(out, "DETAIL", message.getDetail());
            field(out, "HINT", message.getHint());
            field(out, "QUERY", message.getInternalQuery());
            if (style.showContext() == ErrorStyle.ShowContext.ALWAYS
                    || style.showContext() == ErrorStyle.ShowContext.ERRORS && error) {
                field(out, "CONTEXT", message.getWhere());
            }
        }
        if (verbose) {
            field(out, "SCHEMA NAME", message.getSchema());
            field(out, "TABLE NAME", message.getTable());
            field(out, "COLUMN NAME", message.getColumn());
            field(out, "DATATYPE NAME", message.getDatatype());
            field(out, "CONSTRAINT NAME", message.getConstraint());
            location(out, message);
        }
        return out.toString();
    }

    private static void location(StringBuilder out, ServerErrorMessage message) {
        String routine = message.getRoutine();
        String file = message.getFile();
        int line = message.getLine();
        if (routine == null && file == null && line == 0) {
            return;
        }
        out.append("LOCATION:  ");
        if (routine != null) {
            out.append(routine).append(", ");
        }
        if (file != null && line != 0) {
            out.append(file).append(':').append(line);
        }
        out.append('\n');
    }

    private static void field(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append(label).append(":  ").append(value).append('\n');
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
