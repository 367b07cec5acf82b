package com.vayyari.wadb.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Where and as whom to connect: the resolved, immutable result of flags, environment, {@code .env} and
 * defaults. The password lives only here and in the JDBC properties; {@link #toString()} and
 * {@link #displayUrl()} never show it.
 *
 * @param hosts      one or more servers (libpq multi-host syntax)
 * @param database   database name
 * @param user       role name
 * @param password   password, or {@code null} to let the driver use {@code .pgpass} / trust
 * @param parameters libpq URL query parameters ({@code sslmode}, {@code target_session_attrs}, ...)
 * @param source     where the settings came from, for {@code \conninfo} and error messages
 */
public record ConnectionSettings(List<HostPort> hosts, String database, String user, String password,
                                 Map<String, String> parameters, String source) {

    public static final String DEFAULT_DATABASE = "whatsapp_vayyari_data";

    public ConnectionSettings {
        hosts = List.copyOf(hosts);
        parameters = Map.copyOf(new LinkedHashMap<>(parameters));
    }

    public ConnectionSettings withDatabase(String newDatabase) {
        return new ConnectionSettings(hosts, newDatabase, user, password, parameters, source);
    }

    /** The same servers with another libpq {@code target_session_attrs} (read routing picks a standby this way). */
    public ConnectionSettings withTargetSessionAttrs(String attrs) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put("target_session_attrs", attrs);
        return new ConnectionSettings(hosts, database, user, password, changed, source);
    }

    /** True when reads should go to a standby: {@code read_from=standby} in the URL (or {@code --replica}). */
    public boolean readsFromStandby() {
        return "standby".equalsIgnoreCase(parameters.get("read_from"));
    }

    /**
     * The same settings with {@code -c name=value} added to the libpq {@code options} every connection starts
     * with, so the setting holds on each connection made from them, the commands' own ones included.
     */
    public ConnectionSettings withServerSetting(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.merge("options", "-c " + name + "=" + value, (given, added) -> given + " " + added);
        return new ConnectionSettings(hosts, database, user, password, changed, source);
    }

    /** {@code \\connect}'s new target: other servers, database or user; the password is kept only for the same role and servers. */
    public ConnectionSettings withTarget(List<HostPort> newHosts, String newDatabase, String newUser) {
        boolean samePassword = hosts.equals(newHosts) && java.util.Objects.equals(user, newUser);
        return new ConnectionSettings(newHosts, newDatabase, newUser, samePassword ? password : null, parameters, source);
    }

    public ConnectionSettings withPassword(String newPassword) {
        return new ConnectionSettings(hosts, database, user, newPassword, parameters, source);
    }

    /** {@code host1:5432,host2:5433}. */
    public String hostList() {
        return hosts.stream().map(HostPort::toString).collect(Collectors.joining(","));
    }

    /** The connection as a URL with the password masked: safe to print. */
    public String displayUrl() {
        String credentials = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        return "postgresql://" + credentials + hostList() + "/" + database;
    }

    /** The JDBC URL: hosts and database only; user, password and options travel in {@link #jdbcProperties()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostList() + "/" + UrlCodec.encodePathSegment(database);
    }

    /** Driver properties, libpq parameter names mapped onto pgjdbc's. */
    public Properties jdbcProperties() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "wadb");
        // Text transfer: getString is then the server's own output, byte for byte what psql prints.
        props.setProperty("binaryTransfer", "false");
        // Unnamed statements, planned for their values each time, as psql's are: a named statement switches to
        // a generic plan after five runs, which for full-text search picked a slower parallel scan.
        props.setProperty("prepareThreshold", "0");
        // Saves a round trip at connect; servers older than 10 are long out of support.
        props.setProperty("assumeMinServerVersion", "10");
        LibpqParameters.applyTo(parameters, props);
        return props;
    }

    @Override
    public String toString() {
        return displayUrl();
    }
}
