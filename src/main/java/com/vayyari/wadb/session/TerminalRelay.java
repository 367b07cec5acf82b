package com.vayyari.wadb.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The caller's terminal when the REPL runs in another process than the one the user started (the warm server):
 * what is typed arrives as bytes, the screen is written as bytes, and programs that need the terminal itself (the
 * pager, the editor) are run by the caller's process on it. Built by the warm server from what its client offered;
 * the REPL builds its line editor over it.
 */
public interface TerminalRelay {

    /** {@code $TERM} of the caller's terminal (empty when unset). */
    String type();

    int rows();

    int columns();

    /** The terminal's VINTR, VQUIT, VERASE, VKILL, VEOF, VSUSP, VWERASE and VLNEXT characters (0: none). */
    byte[] controlChars();

    /** What the user types, once {@link #takeOver()} has been called; end of stream when the caller has gone. */
    InputStream keys();

    /** The terminal's screen. */
    OutputStream screen();

    /** The REPL takes the terminal: the caller stops line editing and echoing, and sends every key. */
    void takeOver() throws IOException;

    /** Called (on another thread) after each change of the window's size. */
    void onResize(Runnable listener);

    /**
     * Ctrl-C's sibling, Ctrl-Z: the caller's process stops (job control), its terminal as the user had it; {@code
     * continued} runs (on another thread) once the shell has brought it back.
     */
    void suspend() throws IOException;

    void onContinue(Runnable continued);

    /**
     * Where the call's own stdin reads (psql's {@code \prompt}, {@code pstdin}) and its questions are asked once the
     * REPL has a terminal: its input as the line discipline passes it on, and a prompter on it.
     */
    void attach(InputStream typed, Prompter prompter);

    /** Runs {@code argv} on the caller's terminal, in {@code directory} with {@code env}; its exit status. */
    int run(List<String> argv, Path directory, Map<String, String> env) throws IOException;

    /**
     * Starts {@code argv} on the caller's terminal with its stdin fed from the returned stream (the pager); closing
     * the stream ends that input and waits for the program to exit.
     */
    OutputStream start(List<String> argv, Path directory, Map<String, String> env) throws IOException;
}
