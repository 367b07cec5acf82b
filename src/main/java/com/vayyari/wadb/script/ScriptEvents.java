package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import java.util.Optional;

/**
 * What the runner tells the door that feeds it, as it happens: the REPL reloads completion's names and keeps
 * {@code \watch} out of the pager. Scripts listen to nothing.
 */
public interface ScriptEvents {

    /**
     * {@code \e}: {@code text} (or {@code file}) in the user's editor; the text to run now, or empty when there is
     * nothing to run yet. Only a door with a terminal has an editor.
     *
     * @param buffer what was pending when {@code \e} was read, for the door to give back when nothing changed
     */
    default Optional<String> edit(String buffer, String text, String file) {
        throw WadbException.usage("\\e works in the interactive shell");
    }

    ScriptEvents NONE = new ScriptEvents() {
    };

    /** A statement or command ran that may add or change tables, columns or chats. */
    default void namesMayHaveChanged() {
    }

    /** {@code \watch} is about to repeat a query until Ctrl-C. */
    default void watchStarts() {
    }
}
