package com.vayyari.wadb.meta;

import java.util.List;
import java.util.Optional;

/**
 * What a backslash command is handed, and all it is handed: its arguments, the query buffer it was typed after,
 * and the previous query. Both belong to the script runner (psql's MainLoop); a handler reads them and returns an
 * {@link Intent}, never reaching into the runner.
 *
 * @param args          the arguments as psql splits them, unquoted trailing semicolons dropped
 * @param raw           everything after the command name, as typed
 * @param buffer        the statement pending when the command was read, empty when none
 * @param previousQuery the last statement the runner sent, if any
 */
public record MetaCall(List<String> args, String raw, String buffer, Optional<String> previousQuery) {

    /** psql's rule for {@code \g}, {@code \watch}, {@code \e}: the buffer when it holds something, else the previous query. */
    public Optional<String> bufferOrPrevious() {
        return buffer.isBlank() ? previousQuery : Optional.of(buffer);
    }

    String first() {
        return args.isEmpty() ? null : args.get(0);
    }
}
