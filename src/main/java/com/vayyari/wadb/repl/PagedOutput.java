package com.vayyari.wadb.repl;

import com.vayyari.wadb.output.DisplayWidth;
import com.vayyari.wadb.output.Screen;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * Results on their way to the terminal: held back until they fill a screen, then handed to the pager, which
 * gets the rest as it comes. A result shorter than the screen is printed as it is when it ends (each result
 * ends with a flush). At most one screen is ever held, so memory stays flat whatever the size of the result.
 * When the user quits the pager early, the rest of the output is dropped quietly. Ctrl-C stops a result that is
 * printing.
 */
final class PagedOutput extends Writer implements Screen {

    /** Starts the pager; the returned writer feeds its input and closing it waits for the pager to exit. */
    @FunctionalInterface
    interface PagerStarter {
        Writer start() throws IOException;
    }

    /** Holding a screen's worth; feeding the pager; writing straight through; dropping (the pager was quit). */
    private enum Mode { HOLDING, PAGING, DIRECT, DROPPING }

    private final Writer terminal;
    private final int rows;
    private final int columns;
    private final PagerStarter pager;
    private final StringBuilder held = new StringBuilder();
    private final LongSupplier cancels;
    private long seenCancels;
    private Mode mode;
    private Writer pagerInput;
    private int usedRows;
    private int column;
    private boolean inEscape;
    private boolean tooWide;
    /** The output is an aligned table until the next flush: too wide a line pages it (psql's rule). */
    private boolean alignedTable;
    /** psql's {@code \pset pager_min_lines} for the result being printed: shorter ones are not paged. */
    private int minLines;
    /** psql's {@code \pset pager always}: every result is paged. */
    private final java.util.function.BooleanSupplier always;
    /** The first half of a surrogate pair whose second half is yet to come. */
    private char pendingHigh;
    private boolean midLine;

    /**
     * {@code rows} and {@code columns}: the screen, the last row kept for the prompt; {@code rows} 0 for no pager.
     * {@code cancels} counts Ctrl-C presses: after one, the rest of the result is dropped, as psql stops printing.
     */
    PagedOutput(Writer terminal, int rows, int columns, PagerStarter pager, LongSupplier cancels,
                java.util.function.BooleanSupplier always) {
        this.terminal = terminal;
        this.always = always;
        this.rows = rows;
        this.columns = Math.max(1, columns);
        this.pager = pager;
        this.cancels = cancels;
        this.seenCancels = cancels.getAsLong();
        this.mode = rows > 0 ? Mode.HOLDING : Mode.DIRECT;
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

    /**
     * The pager on the terminal of a caller whose shell a warm server runs: the caller's process starts it, in the
     * caller's directory and environment, and our output reaches its standard input through the relay.
     */
    static PagerStarter relayed(com.vayyari.wadb.session.TerminalRelay relay, String command,
                                com.vayyari.wadb.session.Invocation invocation) {
        return () -> {
            java.util.Map<String, String> env = new java.util.HashMap<>(invocation.env());
            env.putIfAbsent("LESSCHARSET", "utf-8");
            return new BufferedWriter(new OutputStreamWriter(relay.start(java.util.List.of("/bin/sh", "-c", command),
                    invocation.workingDirectory(), env), StandardCharsets.UTF_8));
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

    @Override
    public void resultStarts(boolean aligned, int minimum) {
        alignedTable = aligned;
        minLines = minimum;
        // a wide line may be held already (a title, say); under "always" any result goes to the pager
        if (mode == Mode.HOLDING && rows > 0 && (always.getAsBoolean() || tooWide && aligned)) {
            try {
                startPager();
            } catch (IOException e) {
                mode = Mode.DIRECT;
            }
        }
    }

    /** True once the pager has been started for this output. */
    boolean paged() {
        return pagerInput != null;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (cancels.getAsLong() != seenCancels) {
            seenCancels = cancels.getAsLong();
            stop();
        }
        switch (mode) {
            case HOLDING -> hold(chars, offset, length);
            case PAGING -> toPager(() -> pagerInput.write(chars, offset, length));
            case DIRECT -> {
                terminal.write(chars, offset, length);
                midLine = length > 0 ? chars[offset + length - 1] != '\n' : midLine;
            }
            case DROPPING -> { }
        }
    }

    private void hold(char[] chars, int offset, int length) throws IOException {
        held.append(chars, offset, length);
        for (int i = offset; i < offset + length; i++) {
            count(chars[i]);
        }
        if (rows > 0 && (usedRows >= rows - 1 && usedRows >= minLines || tooWide && alignedTable)) {
            startPager();
        }
    }

    /**
     * Counts the screen rows the text takes and the columns of its widest line, in display columns (an emoji or
     * a CJK character takes two); escape sequences take no room. In an aligned table a line wider than the screen
     * sends the whole result to the pager, as psql's aligned printer does, rather than letting the terminal wrap
     * it; other output pages by its height alone, each wrapped line counted as the rows it takes.
     */
    private void count(char c) {
        if (inEscape) {
            inEscape = !Character.isLetter(c);
        } else if (c == '\u001b') {
            inEscape = true;
        } else if (c == '\n') {
            usedRows++;
            column = 0;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else {
            int codePoint = Character.isLowSurrogate(c) && pendingHigh != 0 ? Character.toCodePoint(pendingHigh, c) : c;
            pendingHigh = 0;
            int width = Character.isISOControl(codePoint) ? 0 : DisplayWidth.of(codePoint);
            if (column + width > columns) {  // the terminal wraps here
                tooWide = true;
                usedRows++;
                column = width;
            } else {
                column += width;
            }
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

    /**
     * Ctrl-C while a result prints: it stops here. The server may have nothing left to cancel (rows already
     * fetched, or fetched in batches between which nothing runs), so the failed write is what ends the result.
     */
    private void stop() throws IOException {
        held.setLength(0);
        usedRows = 0;
        column = 0;
        if (mode == Mode.DIRECT) {
            // The message that follows gets a line of its own.
            terminal.write(midLine ? "\n" : "");
            midLine = false;
            terminal.flush();
        }
        throw new InterruptedIOException("stopped by Ctrl-C");
    }

    /** Writes to the pager; once it has gone (the user quit it), output is dropped. */
    private void toPager(PagerWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            mode = Mode.DROPPING;
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
                tooWide = false;
                alignedTable = false;
                minLines = 0;
            }
            case PAGING -> toPager(pagerInput::flush);
            case DIRECT -> terminal.flush();
            case DROPPING -> { }
        }
    }

    /** Prints what is still held, or ends the pager's input and waits until the user leaves it. */
    @Override
    public void close() throws IOException {
        if (pagerInput == null) {
            flush();
            return;
        }
        mode = Mode.DROPPING;
        try {
            pagerInput.close();
        } catch (IOException e) {
            // The pager exited before reading everything: that is the user's choice, not an error.
        }
    }
}
