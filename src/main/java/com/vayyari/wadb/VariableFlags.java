package com.vayyari.wadb;

import com.vayyari.wadb.exit.WadbException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * psql's flags that set variables: {@code -v NAME=VALUE} (also {@code --set}, {@code --variable}; {@code NAME}
 * alone unsets it), and {@code -a -e -b -E -s}, which set ECHO, ECHO_HIDDEN and SINGLESTEP. Applied in
 * command-line order, as psql does, so a later flag wins. Whoever runs the input reads {@link #variables}.
 */
final class VariableFlags {

    /** The variables as the command line set them, in its order. */
    final Map<String, String> variables = new LinkedHashMap<>();
    private String invalidVariable;

    @Option(names = {"-v", "--set", "--variable"}, paramLabel = "NAME=VALUE",
            description = "Set a variable, e.g. ON_ERROR_STOP=0 (NAME alone unsets it).")
    void variable(String assignment) {
        int equals = assignment.indexOf('=');
        String name = equals < 0 ? assignment : assignment.substring(0, equals);
        if (!validVariableName(name)) {
            invalidVariable = invalidVariable == null ? name : invalidVariable;
        } else if (equals < 0) {
            variables.remove(name);
        } else {
            variables.put(name, assignment.substring(equals + 1));
        }
    }

    @Option(names = {"-a", "--echo-all"}, description = "Echo all input from a script (ECHO=all).")
    void echoAll(boolean on) {
        variables.put("ECHO", "all");
    }

    @Option(names = {"-e", "--echo-queries"}, description = "Echo the queries sent to the server (ECHO=queries).")
    void echoQueries(boolean on) {
        variables.put("ECHO", "queries");
    }

    @Option(names = {"-b", "--echo-errors"}, description = "Echo failed queries (ECHO=errors).")
    void echoErrors(boolean on) {
        variables.put("ECHO", "errors");
    }

    @Option(names = {"-E", "--echo-hidden"}, description = "Show the queries backslash commands run (ECHO_HIDDEN=on).")
    void echoHidden(boolean on) {
        variables.put("ECHO_HIDDEN", "on");
    }

    @Option(names = {"-s", "--single-step"}, description = "Sets SINGLESTEP=on (accepted for psql compatibility).")
    void singleStep(boolean on) {
        variables.put("SINGLESTEP", "on");
    }

    /** Fails as psql does (exit code 1) when a name was not a valid variable name. */
    void check() {
        if (invalidVariable != null) {
            throw WadbException.usage("error: invalid variable name: \"" + invalidVariable + "\"");
        }
    }

    /** psql's rule: ASCII letters, digits and underscores, or any non-ASCII character; never empty. */
    static boolean validVariableName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= 128 || c == '_'
                || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
}
