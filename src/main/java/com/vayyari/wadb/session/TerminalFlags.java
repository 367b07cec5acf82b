package com.vayyari.wadb.session;

import java.util.function.IntSupplier;

/**
 * Which of a call's standard descriptors are terminals. Measured by the process the user started (the
 * launcher's JVM, or the warm client, which relays them): the JVM that runs a warm call sees only sockets.
 *
 * @param stdoutColumns asks the width of the terminal on stdout (psql's ioctl), each time, as windows change; 0
 *                      where that cannot be asked (a relayed call)
 */
public record TerminalFlags(boolean stdin, boolean stdout, boolean stderr, IntSupplier stdoutColumns) {

    /** Pipes and files all round: what tests and relayed scripts mostly have. */
    public static final TerminalFlags NONE = new TerminalFlags(false, false, false);

    /** Flags of a call whose terminal's width is not known. */
    public TerminalFlags(boolean stdin, boolean stdout, boolean stderr) {
        this(stdin, stdout, stderr, () -> 0);
    }

    /** True if descriptor {@code fd} (0 stdin, 1 stdout, 2 stderr) is a terminal. */
    public boolean isTerminal(int fd) {
        return switch (fd) {
            case 0 -> stdin;
            case 1 -> stdout;
            case 2 -> stderr;
            default -> false;
        };
    }
}
