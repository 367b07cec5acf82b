package com.vayyari.wadb.session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One value from the server: the first column of the one row a query returns. */
public final class SingleValue {

    private SingleValue() {
    }

    /** {@code sql}'s value as text, {@code parameter} bound to its one {@code ?}; a failure as the session reports it. */
    public static String of(Session session, String sql, String parameter) {
        return of(session, sql, java.util.List.of(parameter));
    }

    /** {@code sql}'s value as text, {@code parameters} bound to its {@code ?}s in order. */
    public static String of(Session session, String sql, java.util.List<?> parameters) {
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
