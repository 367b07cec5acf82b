package com.vayyari.wadb.session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One value from the server: the first column of the one row a query with one parameter returns. */
public final class SingleValue {

    private SingleValue() {
    }

    /** {@code sql}'s value as text, {@code parameter} bound to its one {@code ?}; a failure as the session reports it. */
    public static String of(Session session, String sql, String parameter) {
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
