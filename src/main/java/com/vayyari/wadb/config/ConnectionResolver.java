package com.vayyari.wadb.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where to connect. The first source that says anything wins, in this order: {@code --url};
 * {@code VAYYARI_WA_DB_CONNECTION_STRING}; the same variable in {@code ./.env}; the {@code PG*} environment
 * variables; the seed's default URL. Parts a URL leaves out come from {@code PG*} variables, then the
 * defaults, as libpq does. Finally {@code -h -p -U -d} override their part whatever the source.
 */
public final class ConnectionResolver {

    public static final String ENV_VARIABLE = "VAYYARI_WA_DB_CONNECTION_STRING";
    public static final String DEFAULT_URL =
            "postgresql://postgres:password@localhost:5432/" + ConnectionSettings.DEFAULT_DATABASE;

    private static final List<String> PG_VARIABLES =
            List.of("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSSLMODE", "PGTARGETSESSIONATTRS");

    /** The connection flags of the command line; any may be {@code null}. */
    public record Flags(String url, String host, Integer port, String user, String database) {
        public static Flags none() {
            return new Flags(null, null, null, null, null);
        }
    }

    private final Map<String, String> env;
    private final Path workingDirectory;

    public ConnectionResolver(Map<String, String> env, Path workingDirectory) {
        this.env = env;
        this.workingDirectory = workingDirectory;
    }

    public ConnectionSettings resolve(Flags flags) {
        if (ConnInfo.isConnectionString(flags.database())) {
            return withConnectionString(flags);
        }
        ConnectionSettings base = base(flags);
        List<HostPort> hosts = base.hosts();
        if (flags.host() != null || flags.port() != null) {
            hosts = overrideHosts(hosts, flags.host(), flags.port());
        }
        return new ConnectionSettings(hosts,
                flags.database() != null ? flags.database() : base.database(),
                flags.user() != null ? flags.user() : base.user(),
                base.password(), base.parameters(), base.source());
    }

    /**
     * {@code -d} (or the positional DBNAME) holding a connection string, as psql expands it: what the string
     * says wins over {@code -h -p -U}; what it leaves out comes from the other sources as usual.
     */
    private ConnectionSettings withConnectionString(Flags flags) {
        ConnectionUrl given = ConnInfo.parse(flags.database());
        ConnectionSettings base = resolve(new Flags(flags.url(), flags.host(), flags.port(), flags.user(), null));
        List<HostPort> hosts = base.hosts();
        if (!given.hosts().isEmpty()) {
            hosts = new ArrayList<>();
            for (int i = 0; i < given.hosts().size(); i++) {
                HostPort fallback = base.hosts().get(Math.min(i, base.hosts().size() - 1));
                String host = given.hosts().get(i);
                Integer port = given.ports().get(i);
                hosts.add(new HostPort(host == null ? fallback.host() : host, port == null ? fallback.port() : port));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>(base.parameters());
        parameters.putAll(given.parameters());
        if (parameters.containsKey("target_session_attrs")) {
            LibpqParameters.targetServerType(parameters.get("target_session_attrs"));
        }
        return new ConnectionSettings(hosts, firstNonNull(given.database(), base.database()),
                firstNonNull(given.user(), base.user()), firstNonNull(given.password(), base.password()),
                parameters, "-d connection string");
    }

    private ConnectionSettings base(Flags flags) {
        if (flags.url() != null) {
            return fromUrl(flags.url(), "--url");
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromUrl(fromEnv, ENV_VARIABLE);
        }
        String fromDotEnv = DotEnv.read(workingDirectory.resolve(".env")).get(ENV_VARIABLE);
        if (fromDotEnv != null && !fromDotEnv.isBlank()) {
            return fromUrl(fromDotEnv, ".env");
        }
        if (PG_VARIABLES.stream().anyMatch(env::containsKey)) {
            return fromUrl("postgresql://", "PG* environment");
        }
        return fromUrl(DEFAULT_URL, "default");
    }

    private ConnectionSettings fromUrl(String url, String source) {
        ConnectionUrl parsed = ConnectionUrl.parse(url);
        List<String> envHosts = splitList(env.get("PGHOST"));
        List<String> envPorts = splitList(env.get("PGPORT"));
        List<HostPort> hosts = new ArrayList<>();
        int count = Math.max(parsed.hosts().size(), 1);
        if (parsed.hosts().isEmpty() && !envHosts.isEmpty()) {
            count = envHosts.size();
        }
        for (int i = 0; i < count; i++) {
            String host = i < parsed.hosts().size() ? parsed.hosts().get(i) : null;
            if (host == null) {
                host = pick(envHosts, i, "localhost");
            }
            Integer port = i < parsed.ports().size() ? parsed.ports().get(i) : null;
            if (port == null) {
                String envPort = pick(envPorts, i, null);
                port = envPort == null ? 5432 : ConnectionUrl.parsePort(envPort);
            }
            hosts.add(new HostPort(host, port));
        }
        String user = firstNonNull(parsed.user(), env.get("PGUSER"), "postgres");
        String database = firstNonNull(parsed.database(), env.get("PGDATABASE"), ConnectionSettings.DEFAULT_DATABASE);
        String password = parsed.password() != null ? parsed.password() : env.get("PGPASSWORD");
        Map<String, String> parameters = new LinkedHashMap<>(parsed.parameters());
        putIfSet(parameters, "sslmode", env.get("PGSSLMODE"));
        putIfSet(parameters, "target_session_attrs", env.get("PGTARGETSESSIONATTRS"));
        putIfSet(parameters, "timezone", env.get("PGTZ"));
        putIfSet(parameters, "datestyle", env.get("PGDATESTYLE"));
        putIfSet(parameters, "options", env.get("PGOPTIONS"));
        if (parameters.containsKey("target_session_attrs")) {
            LibpqParameters.targetServerType(parameters.get("target_session_attrs"));
        }
        return new ConnectionSettings(hosts, database, user, password, parameters, source);
    }

    private static List<HostPort> overrideHosts(List<HostPort> hosts, String hostFlag, Integer portFlag) {
        List<String> names = hostFlag != null ? splitList(hostFlag) : hosts.stream().map(HostPort::host).toList();
        List<HostPort> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int port = portFlag != null ? portFlag : hosts.get(Math.min(i, hosts.size() - 1)).port();
            result.add(new HostPort(names.get(i), port));
        }
        return result;
    }

    private static void putIfSet(Map<String, String> parameters, String key, String value) {
        if (value != null && !value.isBlank()) {
            parameters.putIfAbsent(key, value);
        }
    }

    private static List<String> splitList(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }

    private static String pick(List<String> values, int index, String fallback) {
        if (values.isEmpty()) {
            return fallback;
        }
        return values.get(Math.min(index, values.size() - 1));
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
