package com.vayyari.wadb.session;

/**
 * The behaviour switches of a session that are not about printing.
 *
 * @param quiet         psql's {@code -q}: no command tags, no informational messages
 * @param onErrorStop   stop non-interactive input at the first error (psql's ON_ERROR_STOP; wadb's default)
 * @param readOnly      {@code --read-only}: the session is {@code default_transaction_read_only}
 * @param timeoutSeconds {@code --timeout}: {@code statement_timeout}, 0 for none
 * @param color         colour and bold allowed on the terminal
 * @param replica       {@code --replica}: read-only work goes to a standby when one answers
 */
public record SessionOptions(boolean quiet, boolean onErrorStop, boolean readOnly, int timeoutSeconds, boolean color,
                             boolean replica) {

    public static SessionOptions defaults() {
        return new SessionOptions(false, true, false, 0, false, false);
    }

    public SessionOptions withOnErrorStop(boolean on) {
        return new SessionOptions(quiet, on, readOnly, timeoutSeconds, color, replica);
    }

    public SessionOptions withQuiet(boolean on) {
        return new SessionOptions(on, onErrorStop, readOnly, timeoutSeconds, color, replica);
    }

    /**
     * {@code WADB_READ_ONLY}: unset or empty is off; {@code 1}, {@code true}, {@code on}, {@code yes} and {@code 0},
     * {@code false}, {@code off}, {@code no}, in any case, as written; anything else is an error, because a
     * mistyped value meant to switch read-only on must not leave the session writable.
     */
    public static boolean readOnlyVariable(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> throw com.vayyari.wadb.exit.WadbException.usage("WADB_READ_ONLY=" + value.replaceAll("\\p{Cntrl}", "?")
                    + " is not a switch: use 1, true, on or yes for read-only, 0, false, off or no (or leave it unset)"
                    + " for not");
        };
    }
}
