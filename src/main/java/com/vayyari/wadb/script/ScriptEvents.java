package com.vayyari.wadb.script;

/**
 * What the runner tells the door that feeds it, as it happens: the REPL reloads completion's names and keeps
 * {@code \watch} out of the pager. Scripts listen to nothing.
 */
public interface ScriptEvents {

    ScriptEvents NONE = new ScriptEvents() {
    };

    /** A statement or command ran that may add or change tables, columns or chats. */
    default void namesMayHaveChanged() {
    }

    /** {@code \watch} is about to repeat a query until Ctrl-C. */
    default void watchStarts() {
    }
}
