package com.vayyari.wadb.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Maps libpq connection parameters (as people write them in URLs) onto pgjdbc properties. */
final class LibpqParameters {

    private LibpqParameters() {
    }

    static void applyTo(Map<String, String> parameters, Properties props) {
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "target_session_attrs" -> props.setProperty("targetServerType", targetServerType(value));
                case "connect_timeout" -> props.setProperty("connectTimeout", value);
                case "application_name" -> props.setProperty("ApplicationName", value);
                case "sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword" -> props.setProperty(entry.getKey(), value);
                case "options" -> props.setProperty("options", value);
                // wadb's own parameter; consumed by the connection router, not the driver.
                case "read_from" -> { }
                // PGTZ and PGDATESTYLE: set by the connector after connecting (pgjdbc would override a startup value).
                case "timezone", "datestyle" -> { }
                default -> props.setProperty(entry.getKey(), value);
            }
        }
    }

    /** libpq's target_session_attrs values in pgjdbc's vocabulary. */
    static String targetServerType(String attrs) {
        return switch (attrs.toLowerCase(Locale.ROOT)) {
            case "read-write", "primary" -> "primary";
            case "read-only", "standby" -> "secondary";
            case "prefer-standby" -> "preferSecondary";
            case "prefer-primary" -> "preferPrimary";
            case "any" -> "any";
            default -> throw new IllegalArgumentException("invalid target_session_attrs \"" + attrs
                    + "\" (use read-write, read-only, primary, standby, prefer-standby or any)");
        };
    }
}
