package com.vayyari.wadb.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libpq's connection strings as psql takes them in place of a database name: {@code key=value} pairs
 * ({@code host=db1 port=5433 dbname='my db'}) or a {@code postgresql://} URI. Values may be single-quoted;
 * a backslash escapes the next character, inside quotes or not, as libpq's conninfo_parse does.
 */
public final class ConnInfo {

    private ConnInfo() {
    }

    /** True if {@code text} is a connection string rather than a plain name (libpq's recognized_connection_string). */
    public static boolean isConnectionString(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://") || text.contains("="));
    }

    /** The parts {@code text} gives; what it leaves out is {@code null} or empty, as for a URL. */
    public static ConnectionUrl parse(String text) {
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return ConnectionUrl.parse(text);
        }
        Map<String, String> pairs = pairs(text);
        List<String> hosts = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        String host = pairs.remove("host");
        String hostaddr = pairs.remove("hostaddr");
        if (host == null) {
            host = hostaddr;
        }
        String port = pairs.remove("port");
        if (host != null && !host.isEmpty()) {
            for (String name : host.split(",", -1)) {
                hosts.add(name.isEmpty() ? null : name);
                ports.add(null);
            }
        }
        if (port != null && !port.isEmpty()) {
            String[] split = port.split(",", -1);
            for (int i = 0; i < Math.max(hosts.size(), split.length); i++) {
                Integer number = ConnectionUrl.parsePort(split[Math.min(i, split.length - 1)]);
                if (i < ports.size()) {
                    ports.set(i, number);
                } else {
                    hosts.add(null);
                    ports.add(number);
                }
            }
        }
        return new ConnectionUrl(hosts, ports, emptyToNull(pairs.remove("user")), pairs.remove("password"),
                emptyToNull(pairs.remove("dbname")), pairs);
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return pairs;
            }
            int keyStart = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String key = text.substring(keyStart, i);
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) != '=') {
                throw new IllegalArgumentException("missing \"=\" after \"" + key + "\" in connection info string");
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '\'') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted string in connection info string");
                    }
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(text.charAt(i++));
                    } else if (c == '\'') {
                        break;
                    } else {
                        value.append(c);
                    }
                }
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(text.charAt(i++));
                    } else {
                        value.append(c);
                    }
                }
            }
            pairs.put(key, value.toString());
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
