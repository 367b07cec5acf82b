package com.vayyari.wadb.meta;

/**
 * One backslash command as declared in {@link MetaCommands#TABLE}: what dispatch, {@code \?} and completion know
 * of it.
 *
 * @param name       without the backslash
 * @param usage      as {@code \?} shows it
 * @param help       one line
 * @param completion what its first argument completes to
 * @param handler    its body, given the session's command state and the call
 * @param arguments  how many arguments it reads, or {@link #ALL}
 */
public record MetaCommand(String name, String usage, String help, ArgumentKind completion, Handler handler,
                          int arguments) {

    /** {@link #arguments()} of a command that reads every argument it is given. */
    public static final int ALL = -1;

    public MetaCommand(String name, String usage, String help, ArgumentKind completion, Handler handler) {
        this(name, usage, help, completion, handler, ALL);
    }

    /**
     * This command reading at most {@code count} arguments, as psql's does: any more are read without expanding
     * variables or running backquoted commands, and each is reported as ignored.
     */
    public MetaCommand reading(int count) {
        return new MetaCommand(name, usage, help, completion, handler, count);
    }

    /** What a command's argument is, for completion. */
    public enum ArgumentKind { NONE, FILE, SAVED_QUERY, RELATION, FUNCTION, EXTENSION, ON_OFF, FORMAT }

    /** A command's body: reads the call, does its work or returns what the runner is to do. */
    @FunctionalInterface
    public interface Handler {
        Intent run(MetaCommands commands, MetaCall call) throws java.io.IOException;
    }
}
