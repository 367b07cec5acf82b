package com.vayyari.wadb.session;

import com.vayyari.wadb.exit.WadbException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * psql's variable space (variables.c): names to values, listed in name order, with psql's special variables. A
 * special variable has a substitute rule ({@code \\unset ON_ERROR_STOP} becomes {@code off}, {@code \set QUIET}
 * becomes {@code on}) and a check that refuses a bad value with psql's message, leaving the old one. What a special
 * variable does is not decided here: whoever cares listens with {@link #onChange}. Values the server knows
 * ({@code SERVER_VERSION_NUM} …) are read the first time someone asks, so a script that never asks never connects
 * for them.
 */
public final class Variables {

    /** How a special variable's value is checked; null when it is fine, else psql's message. */
    @FunctionalInterface
    private interface Check {
        String problem(String name, String value);
    }

    private record Special(UnaryOperator<String> substitute, Check check) {
    }

    private static final Map<String, Special> SPECIAL = specials();

    private final TreeMap<String, String> values = new TreeMap<>();
    private final TreeMap<String, Supplier<String>> fromServer = new TreeMap<>();
    private Consumer<String> listener = name -> { };

    /** A variable space holding psql's defaults for every special variable. */
    public Variables() {
        SPECIAL.forEach((name, special) -> {
            String value = special.substitute().apply(null);
            if (value != null) {
                values.put(name, value);
            }
        });
        values.put("AUTOCOMMIT", "on");
        values.put("SHOW_ALL_RESULTS", "on");
        values.put("ENCODING", "UTF8");
        values.put("LAST_ERROR_MESSAGE", "");
        values.put("LAST_ERROR_SQLSTATE", "00000");
        values.put("PROMPT1", "%/%R%x%# ");
        values.put("PROMPT2", "%/%R%x%# ");
        values.put("PROMPT3", ">> ");
    }

    /** Who hears the name of every variable whose value changed (the session, to apply ON_ERROR_STOP …). */
    public void onChange(Consumer<String> listener) {
        this.listener = listener;
    }

    /** Values the server gives, read when first asked for. */
    public void fromServer(String name, Supplier<String> value) {
        fromServer.put(name, value);
    }

    /** The value, or empty when the variable is not set. */
    public Optional<String> get(String name) {
        Supplier<String> lazy = fromServer.remove(name);
        if (lazy != null) {
            values.put(name, lazy.get());
        }
        return Optional.ofNullable(values.get(name));
    }

    /** psql's boolean reading of a variable (ON_ERROR_STOP, AUTOCOMMIT …): false when unset or not a boolean. */
    public boolean isOn(String name) {
        return get(name).flatMap(Variables::parseBoolean).orElse(false);
    }

    /** The value in lower case, for the enum-valued specials (ECHO, ON_ERROR_ROLLBACK, VERBOSITY …). */
    public String choice(String name) {
        return get(name).orElse("").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code \set NAME VALUE}, or {@code \\unset NAME} when value is null.
     *
     * @throws WadbException with psql's message for a bad name or a value a special variable refuses
     */
    public void set(String name, String value) {
        if (!validName(name)) {
            if (value == null) {
                return;  // psql: deleting a variable that cannot exist is not an error
            }
            throw WadbException.command("invalid variable name: \"" + name + "\"");
        }
        fromServer.remove(name);
        Special special = SPECIAL.get(name);
        String newValue = value;
        if (special != null) {
            newValue = special.substitute().apply(value);
            String problem = newValue == null ? null : special.check().problem(name, newValue);
            if (problem != null) {
                throw WadbException.command(problem);
            }
        }
        if (newValue == null) {
            values.remove(name);
        } else {
            values.put(name, newValue);
        }
        listener.accept(name);
    }

    /** Sets a value the shell itself keeps up to date (ROW_COUNT, ERROR, DBNAME …), with no checks. */
    public void record(String name, String value) {
        fromServer.remove(name);
        values.put(name, value);
    }

    /** {@code \set} with no arguments: every set variable as {@code NAME = 'value'}, in name order. */
    public String listing() {
        for (String name : fromServer.keySet().toArray(String[]::new)) {
            get(name);
        }
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(name).append(" = '").append(value).append("'\n"));
        return text.toString();
    }

    /**
     * True for the variables psql gives hooks (startup.c), whose value changes how the shell behaves: {@code \\gset}
     * leaves them alone.
     */
    public static boolean speciallyTreated(String name) {
        return SPECIAL.containsKey(name) || HOOKED.contains(name);
    }

    /** Hooked in psql, but with no check of their value here. */
    private static final java.util.Set<String> HOOKED = java.util.Set.of("HISTFILE", "PROMPT1", "PROMPT2", "PROMPT3");

    /** psql's valid_variable_name: ASCII letters, digits, underscore, and any non-ASCII character. */
    public static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** psql's ParseVariableBool: unambiguous prefixes of true/false/yes/no/on/off, and 1/0. */
    /** psql's ParseVariableBool for a command's argument: its value, or psql's error naming {@code what}. */
    public static boolean requireBoolean(String value, String what) {
        return parseBoolean(value.strip()).orElseThrow(() -> WadbException.command(
                "unrecognized value \"" + value + "\" for \"" + what + "\": Boolean expected"));
    }

    public static Optional<Boolean> parseBoolean(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int n = v.length();
        if (n > 0 && "true".startsWith(v) || n > 0 && "yes".startsWith(v)) {
            return Optional.of(true);
        }
        if (n > 0 && "false".startsWith(v) || n > 0 && "no".startsWith(v)) {
            return Optional.of(false);
        }
        if (n >= 2 && "on".startsWith(v)) {
            return Optional.of(true);
        }
        if (n >= 2 && "off".startsWith(v)) {
            return Optional.of(false);
        }
        return v.equals("1") ? Optional.of(true) : v.equals("0") ? Optional.of(false) : Optional.empty();
    }

    /** psql's ParseVariableNum: a whole number as strtol reads it (decimal, 0x hex, 0 octal). */
    public static Optional<Integer> parseNumber(String value) {
        try {
            String v = value;
            boolean negative = v.startsWith("-");
            String digits = negative || v.startsWith("+") ? v.substring(1) : v;
            long n;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                n = Long.parseLong(digits.substring(2), 16);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                n = Long.parseLong(digits.substring(1), 8);
            } else {
                n = Long.parseLong(digits);
            }
            n = negative ? -n : n;
            return n == (int) n && !digits.isEmpty() && Character.isLetterOrDigit(digits.charAt(0))
                    ? Optional.of((int) n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Special> specials() {
        Map<String, Special> specials = new TreeMap<>();
        for (String name : new String[] {"AUTOCOMMIT", "ON_ERROR_STOP", "QUIET", "SINGLELINE", "SINGLESTEP",
                "SHOW_ALL_RESULTS", "HIDE_TOAST_COMPRESSION", "HIDE_TABLEAM"}) {
            specials.put(name, new Special(Variables::onOff, Variables::booleanProblem));
        }
        specials.put("FETCH_COUNT", new Special(v -> v == null ? "0" : v, Variables::numberProblem));
        specials.put("HISTSIZE", new Special(v -> v == null ? "500" : v, Variables::numberProblem));
        specials.put("IGNOREEOF", new Special(v -> v == null ? "0" : parseNumber(v).isPresent() ? v : "10",
                Variables::numberProblem));
        specials.put("ECHO", choices("none", "none, errors, queries, all"));
        specials.put("ECHO_HIDDEN", new Special(Variables::onOff, enumOrBoolean("noexec", "on, off, noexec")));
        specials.put("ON_ERROR_ROLLBACK", new Special(Variables::onOff,
                enumOrBoolean("interactive", "on, off, interactive")));
        specials.put("COMP_KEYWORD_CASE", choices("preserve-upper", "lower, upper, preserve-lower, preserve-upper"));
        specials.put("HISTCONTROL", choices("none", "none, ignorespace, ignoredups, ignoreboth"));
        specials.put("VERBOSITY", choices("default", "default, verbose, terse, sqlstate"));
        specials.put("SHOW_CONTEXT", choices("errors", "never, errors, always"));
        return specials;
    }

    /** psql's bool_substitute_hook: unset means off, set without a value means on. */
    private static String onOff(String value) {
        return value == null ? "off" : value.isEmpty() ? "on" : value;
    }

    private static String booleanProblem(String name, String value) {
        return parseBoolean(value).isPresent() ? null
                : "unrecognized value \"" + value + "\" for \"" + name + "\": Boolean expected";
    }

    private static String numberProblem(String name, String value) {
        return parseNumber(value).isPresent() ? null
                : "invalid value \"" + value + "\" for \"" + name + "\": integer expected";
    }

    private static Special choices(String unsetValue, String available) {
        java.util.List<String> allowed = java.util.List.of(available.split(", "));
        return new Special(v -> v == null ? unsetValue : v, (name, value) ->
                allowed.contains(value.toLowerCase(Locale.ROOT)) ? null : enumProblem(name, value, available));
    }

    private static Check enumOrBoolean(String word, String available) {
        return (name, value) -> value.equalsIgnoreCase(word) || parseBoolean(value).isPresent() ? null
                : enumProblem(name, value, available);
    }

    private static String enumProblem(String name, String value, String available) {
        return "unrecognized value \"" + value + "\" for \"" + name + "\"\nAvailable values are: " + available + ".";
    }
}
