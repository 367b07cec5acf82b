package com.vayyari.wadb.generate;

import com.vayyari.wadb.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-value queries for the generator tests. */
final class Sql {

    private Sql() {
    }

    /** The first column of the first row as text, {@code params} bound in order. */
    static String scalar(TestDatabase db, String sql, Object... params) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long count(TestDatabase db, String sql, Object... params) throws SQLException {
        return Long.parseLong(scalar(db, sql, params));
    }

    /** A digest of every row of {@code table} (all columns, ids included) in {@code order}. */
    static String fingerprint(TestDatabase db, String table, String order) throws SQLException {
        return scalar(db, "SELECT md5(string_agg(t::text, E'\\n' ORDER BY " + order + ")) || ' ' || count(*) FROM "
                + table + " t");
    }

    static GenerateReport generate(TestDatabase db, GenerateOptions options) throws SQLException {
        try (Connection c = db.connect()) {
            return new DemoDataGenerator().generate(c, options, ProgressListener.NONE);
        }
    }
}
