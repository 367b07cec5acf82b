package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Checks on raw argument values that hold for every command, and how a bad value is named in an error. */
final class Arguments {

    private static final int SHOWN = 60;

    private Arguments() {
    }

    /** PostgreSQL text cannot hold NUL: refuse it up front with the argument's name, before any SQL runs. */
    static void rejectNul(CommandSpec spec) {
        for (ArgSpec arg : spec.args()) {
            Object value = arg.getValue();
            Collection<?> values = value instanceof Collection<?> many ? many : Collections.singletonList(value);
            for (Object one : values) {
                if (one instanceof String text && text.indexOf('\0') >= 0) {
                    throw WadbException.usage(name(arg) + ": " + show(text)
                            + " contains a NUL character, which PostgreSQL text cannot hold");
                }
            }
        }
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** A value quoted for an error line: control characters visible, long values cut. */
    static String show(String value) {
        StringBuilder shown = new StringBuilder("\"");
        int limit = Math.min(value.length(), SHOWN);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                shown.append(c == 0 ? "\\0" : String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('"');
        if (value.length() > SHOWN) {
            shown.append("… (").append(value.length()).append(" characters)");
        }
        return shown.toString();
    }

    /** {@code value} if it is one of {@code allowed}, case-insensitively; otherwise a one-line usage error. */
    static String oneOf(String option, String value, String... allowed) {
        if (value == null) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (candidate.equals(key)) {
                return candidate;
            }
        }
        throw WadbException.usage(option + ": " + show(value) + " is not one of " + String.join(", ", allowed));
    }
}
