package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Variables;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/** psql's SetResultVariables: ERROR, SQLSTATE, ROW_COUNT after every statement, LAST_ERROR_* after a failed one. */
final class ResultVariables {

    private ResultVariables() {
    }

    static void succeeded(Session session) {
        Variables variables = session.variables();
        variables.record("ERROR", "false");
        variables.record("SQLSTATE", "00000");
        variables.record("ROW_COUNT", Long.toString(session.lastRowCount()));
    }

    static void failed(Session session, WadbException e) {
        String state = "";
        String message = e.getMessage();
        if (e.getCause() instanceof SQLException sql) {
            state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (sql instanceof PSQLException server && server.getServerErrorMessage() != null) {
                message = server.getServerErrorMessage().getMessage();
            }
        }
        Variables variables = session.variables();
        variables.record("ERROR", "true");
        variables.record("SQLSTATE", state);
        variables.record("ROW_COUNT", "0");
        variables.record("LAST_ERROR_MESSAGE", message == null ? "" : message);
        variables.record("LAST_ERROR_SQLSTATE", state);
    }
}
