package com.vayyari.wadb.repl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Results on their way to the terminal: held back until they fill a screen, then handed to the pager, which
 * gets the rest as it comes. A result shorter than the screen is printed as it is when it ends (each result
 * ends with a flush). At most one screen is ever held, so memory stays flat whatever the size of the result.
 * When the user quits the pager early, the rest of the output is dropped quietly.
 */
final class PagedOutput extends Writer {

    /** Starts the pager; the returned writer feeds its input and closing it waits for the pager to exit. */
    @FunctionalInterface
    interface PagerStarter {
        Writer start() throws IOException;
    }

    private enum Mode { HOLDING, PAGING, DIRECT, GONE }

    private final Writer terminal;
    private final int rows;
    private final int columns;
    private final PagerStarter pager;
    private final StringBuilder held = new StringBuilder();
    private Mode mode = Mode.HOLDING;
    private Writer pagerInput;
    private int usedRows;
    private int column;
    private boolean inEscape;

    /** {@code rows} and {@code columns}: the screen; the last row stays free for the prompt. */
    PagedOutput(Writer terminal, int rows, int columns, PagerStarter pager) {
        this.terminal = terminal;
        this.rows = rows;
        this.columns = Math.max(1, columns);
        this.pager = pager;
    }

    /** The pager as a process: {@code sh -c COMMAND} on the terminal, our output on its standard input. */
    static PagerStarter process(String command) {
        return () -> {
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            // Results are UTF-8 whatever the locale says; tell less so it shows them rather than <E2><80>.
            builder.environment().putIfAbsent("LESSCHARSET", "utf-8");
            Process process = builder.start();
            return new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        awaitExit(process);
                    }
                }
            };
        };
    }

    private static void awaitExit(Process process) {
        boolean interrupted = false;
        while (process.isAlive()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the pager has been started for this output. */
    boolean paged() {
        return mode == Mode.PAGING || mode == Mode.GONE;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        switch (mode) {
            case HOLDING -> hold(chars, offset, length);
            case PAGING -> toPager(() -> pagerInput.write(chars, offset, length));
            case DIRECT -> terminal.write(chars, offset, length);
            case GONE -> { }
        }
    }

    private void hold(char[] chars, int offset, int length) throws IOException {
        held.append(chars, offset, length);
        for (int i = offset; i < offset + length; i++) {
            count(chars[i]);
        }
        if (rows > 0 && usedRows >= rows - 1) {
            startPager();
        }
    }

    /** Counts the screen rows the text takes, wrapped lines included; escape sequences take no room. */
    private void count(char c) {
        if (inEscape) {
            inEscape = !Character.isLetter(c);
        } else if (c == '\u001b') {
            inEscape = true;
        } else if (c == '\n') {
            usedRows++;
            column = 0;
        } else if (!Character.isLowSurrogate(c) && ++column > columns) {
            usedRows++;
            column = 1;
        }
    }

    private void startPager() throws IOException {
        try {
            pagerInput = pager.start();
            mode = Mode.PAGING;
        } catch (IOException e) {
            mode = Mode.DIRECT;
            terminal.append(held);
            held.setLength(0);
            return;
        }
        toPager(() -> pagerInput.append(held));
        held.setLength(0);
    }

    /** Writes to the pager; once it has gone (the user quit it), output is dropped. */
    private void toPager(PagerWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            mode = Mode.GONE;
        }
    }

    @FunctionalInterface
    private interface PagerWrite {
        void run() throws IOException;
    }

    /** The end of a result: unless paging, what is held is short enough to print as it is. */
    @Override
    public void flush() throws IOException {
        switch (mode) {
            case HOLDING -> {
                terminal.append(held);
                terminal.flush();
                held.setLength(0);
                usedRows = 0;
                column = 0;
            }
            case PAGING -> toPager(pagerInput::flush);
            case DIRECT -> terminal.flush();
            case GONE -> { }
        }
    }

    /** Prints what is still held, or ends the pager's input and waits until the user leaves it. */
    @Override
    public void close() throws IOException {
        if (mode == Mode.PAGING || mode == Mode.GONE) {
            try {
                pagerInput.close();
            } catch (IOException e) {
                // The pager exited before reading everything: that is the user's choice, not an error.
            }
            mode = Mode.GONE;
            return;
        }
        flush();
    }
}
