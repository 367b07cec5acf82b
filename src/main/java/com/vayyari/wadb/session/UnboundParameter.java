package com.vayyari.wadb.session;

import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.ServerErrorMessage;

/**
 * A {@code $1} in a statement run without parameters. psql sends such a statement as a simple query and the
 * server answers "there is no parameter $1" at its position; pgjdbc sends it through Parse/Bind, where it only
 * fails at Bind with a protocol-violation code that reads like a broken connection. This gives back the error
 * psql shows (the connection and the transaction state are the same either way: the statement failed).
 */
final class UnboundParameter {

    private static final String BIND_REFUSED = "bind message supplies 0 parameters";

    private UnboundParameter() {
    }

    /** psql's error for {@code failure} of {@code sql}, when the failure is this case. */
    static Optional<ServerErrorMessage> explain(String sql, SQLException failure) {
        if (!"08P01".equals(failure.getSQLState()) || failure.getMessage() == null
                || !failure.getMessage().contains(BIND_REFUSED)) {
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
