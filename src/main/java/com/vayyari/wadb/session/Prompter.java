package com.vayyari.wadb.session;

/**
 * Questions asked on the user's terminal (a -W password, a bulk change's confirmation). Only the process
 * that owns the terminal can ask them, so the invocation carries one only when there is a terminal to ask on.
 */
public interface Prompter {

    /** The line typed after {@code prompt}; null at end of input. */
    String readLine(String prompt);

    /** The password typed, not echoed, after {@code prompt}; null at end of input. */
    char[] readPassword(String prompt);
}
