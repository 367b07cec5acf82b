package com.vayyari.wadb.command;

/**
 * A command whose output is rows, and which ends: {@code export --command} can write it in any format. A command
 * that would not end this time (with {@code --follow}) says so.
 */
public interface ListsRows {

    /** True when this invocation keeps running until Ctrl-C. */
    default boolean endless() {
        return false;
    }
}
