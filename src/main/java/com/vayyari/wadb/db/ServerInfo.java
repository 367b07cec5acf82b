package com.vayyari.wadb.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which server a connection reached: address, port, version and whether it is a standby — for {@code \conninfo},
 * the prompt and the fail-over message, asked in one round trip.
 *
 * @param address the server's address, or null over a Unix socket
 */
public record ServerInfo(String address, int port, String version, boolean standby) {

    public static ServerInfo of(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT host(inet_server_addr()), inet_server_port(), "
                     + "current_setting('server_version'), pg_is_in_recovery()")) {
            rs.next();
            return new ServerInfo(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4));
        }
    }

    /** {@code 10.0.0.2:5432}, or {@code local socket}. */
    public String hostPort() {
        return address == null ? "local socket" : address + ":" + port;
    }

    public String role() {
        return standby ? "standby" : "primary";
    }
}
