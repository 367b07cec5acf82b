package com.vayyari.wadb.session;

import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.ServerErrorMessage;

/**
 * A {@code $1} in a statement run without parameters. psql sends such a statement as a simple query and the
 * server answers "there is no parameter $1" at its position; pgjdbc sends it through Parse/Bind, where it only
 * fails at Bind with a protocol-violation code that reads like a broken connection (or, for a {@code $2} alone,
 * at Parse, for want of a type for {@code $1}). This gives back the error
 * psql shows (the connection and the transaction state are the same either way: the statement failed).
 */
final class UnboundParameter {

    private static final String BIND_REFUSED = "bind message supplies 0 parameters";
    /** Parse refuses a statement whose {@code $2} has no {@code $1} before it. */
    private static final String UNTYPED = "could not determine data type of parameter";

    private UnboundParameter() {
    }

    /** psql's error for {@code failure} of {@code sql}, when the failure is this case. */
    static Optional<ServerErrorMessage> explain(String sql, SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        boolean refused = "08P01".equals(failure.getSQLState()) && message.contains(BIND_REFUSED)
                || "42P18".equals(failure.getSQLState()) && message.contains(UNTYPED);
        if (!refused) {
            return Optional.empty();
        }
        for (SqlToken token : SqlTokenizer.lazily(sql)) {
            if (token.kind() == SqlToken.Kind.PARAMETER) {
                int position = sql.codePointCount(0, token.start()) + 1;
                return Optional.of(new ServerErrorMessage("SERROR\0VERROR\0C42P02\0Mthere is no parameter "
                        + token.text() + "\0P" + position + "\0"));
            }
        }
        return Optional.empty();
    }
}
