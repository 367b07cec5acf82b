package com.vayyari.wadb;

import com.vayyari.wadb.session.Prompter;
import java.io.Console;

/** Questions on this process's own terminal. */
record ConsolePrompter(Console console) implements Prompter {
    @Override
    public String readLine(String prompt) {
        return console.readLine("%s", prompt);
    }

    @Override
    public char[] readPassword(String prompt) {
        return console.readPassword("%s", prompt);
    }
}
