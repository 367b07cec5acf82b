package com.vayyari.wadb.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A libpq connection URI taken apart: {@code postgresql://[user[:password]@][host[:port][,host[:port]...]][/db][?k=v&...]}.
 * Parts the URL leaves out are {@code null} (or empty lists); the resolver fills them in.
 *
 * @param hosts    host names in order ({@code null} entries where only a port was given)
 * @param ports    ports in the same order ({@code null} where not given)
 */
public record ConnectionUrl(List<String> hosts, List<Integer> ports, String user, String password, String database,
                            Map<String, String> parameters) {

    public static ConnectionUrl parse(String url) {
        String rest = url.trim();
        if (rest.startsWith("jdbc:")) {
            rest = rest.substring(5);
        }
        int scheme = rest.indexOf("://");
        if (scheme < 0 || !(rest.startsWith("postgresql://") || rest.startsWith("postgres://"))) {
            throw new IllegalArgumentException("connection URL must start with postgresql:// (got \"" + redact(url) + "\")");
        }
        rest = rest.substring(scheme + 3);

        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            parseQuery(rest.substring(query + 1), parameters);
            rest = rest.substring(0, query);
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = emptyToNull(UrlCodec.decode(rest.substring(slash + 1)));
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            if (colon >= 0) {
                password = UrlCodec.decode(credentials.substring(colon + 1));
                credentials = credentials.substring(0, colon);
            }
            user = emptyToNull(UrlCodec.decode(credentials));
        }
        List<String> hosts = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        if (!rest.isEmpty()) {
            for (String spec : rest.split(",", -1)) {
                parseHost(spec, hosts, ports);
            }
        }
        // libpq also accepts these as query parameters; they win over nothing but fill what the URL left out.
        user = firstNonNull(user, parameters.remove("user"));
        password = firstNonNull(password, parameters.remove("password"));
        database = firstNonNull(database, parameters.remove("dbname"));
        String queryHost = parameters.remove("host");
        String queryPort = parameters.remove("port");
        if (hosts.isEmpty() && queryHost != null) {
            for (String host : queryHost.split(",")) {
                hosts.add(host);
                ports.add(null);
            }
        }
        if (queryPort != null) {
            String[] split = queryPort.split(",");
            for (int i = 0; i < Math.max(ports.size(), split.length); i++) {
                Integer port = parsePort(split[Math.min(i, split.length - 1)]);
                if (i < ports.size()) {
                    if (ports.get(i) == null) {
                        ports.set(i, port);
                    }
                } else {
                    hosts.add(null);
                    ports.add(port);
                }
            }
        }
        return new ConnectionUrl(hosts, ports, user, password, database, parameters);
    }

    private static void parseHost(String spec, List<String> hosts, List<Integer> ports) {
        String host = spec;
        Integer port = null;
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unterminated [IPv6] host in connection URL: " + spec);
            }
            host = spec.substring(1, close);
            String after = spec.substring(close + 1);
            if (after.startsWith(":")) {
                port = parsePort(after.substring(1));
            }
        } else {
            int colon = spec.lastIndexOf(':');
            if (colon >= 0) {
                host = spec.substring(0, colon);
                port = parsePort(spec.substring(colon + 1));
            }
        }
        hosts.add(emptyToNull(UrlCodec.decode(host)));
        ports.add(port);
    }

    static Integer parsePort(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid port \"" + text + "\" in connection settings");
    }

    private static void parseQuery(String query, Map<String, String> into) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("invalid URL query parameter \"" + pair + "\" (expected key=value)");
            }
            into.put(UrlCodec.decode(pair.substring(0, eq)), UrlCodec.decode(pair.substring(eq + 1)));
        }
    }

    /** The URL with any password replaced, for error messages. */
    public static String redact(String url) {
        // Up to the authority's last '@', as parse() splits it: a password may hold '@' itself.
        return url.replaceAll("(://[^:/@?]*):[^/?]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
