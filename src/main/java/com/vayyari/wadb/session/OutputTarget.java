package com.vayyari.wadb.session;

import com.vayyari.wadb.output.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Results go to stdout, or to a file chosen with {@code -o} / {@code \o}. A file is written atomically: it
 * appears when the output is switched away from it or the session ends well, and never half-written.
 */
public final class OutputTarget implements Session.Output {

    private static final int BUFFER = 1 << 16;

    private final OutputStream stdoutStream;
    private final Writer stdout;
    private AtomicFile file;
    private ShellPipe pipe;
    private Writer fileWriter;
    private Writer screen;
    private final java.util.ArrayDeque<Saved> saved = new java.util.ArrayDeque<>();
    private final com.vayyari.wadb.output.FileModes fileModes;

    /** The target before a {@link #push}: a file or a pipe and its writer, or nulls for stdout. */
    private record Saved(AtomicFile file, ShellPipe pipe, Writer writer) {
    }

    public OutputTarget(OutputStream stdout) {
        this(stdout, com.vayyari.wadb.output.FileModes.UNKNOWN);
    }

    /** Results to {@code stdout}, and the files it writes get {@code modes} (the caller's umask applied). */
    public OutputTarget(OutputStream stdout, com.vayyari.wadb.output.FileModes modes) {
        this.fileModes = modes;
        this.stdoutStream = new StdoutErrorCheck(stdout);
        this.stdout = new BufferedWriter(new OutputStreamWriter(stdoutStream, StandardCharsets.UTF_8), BUFFER);
    }

    @Override
    public boolean toStdout() {
        return fileWriter == null;
    }

    @Override
    public Writer writer() {
        return fileWriter != null ? fileWriter : screen != null ? screen : stdout;
    }

    /** The writer on stdout itself, beneath any screen: where a pager's short results end up. */
    public Writer stdout() {
        return stdout;
    }

    /** Sends what would go to stdout through {@code screen} (the REPL's pager) from now on; null to stop. */
    public void screen(Writer screen) {
        this.screen = screen;
    }

    @Override
    public void flush() throws IOException {
        Writer current = writer();
        current.flush();
        if (current == stdout) {
            checkStdout();
        }
    }

    /** A PrintStream hides write errors (a full disk, a closed pipe): ask it for them. */
    private void checkStdout() throws IOException {
        ((StdoutErrorCheck) stdoutStream).check();
    }

    /**
     * Stdout that fails the first write after one has failed, rather than at the next flush: a full disk or a reader
     * gone ends a long result at once, as psql stops at its first failed write (a closed pipe reaches wadb as a
     * {@link com.vayyari.wadb.exit.StdoutClosedException} from the process's own stream, before this).
     */
    private static final class StdoutErrorCheck extends java.io.FilterOutputStream {
        StdoutErrorCheck(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            check();
        }

        void check() throws IOException {
            if (out instanceof PrintStream print && print.checkError()) {
                throw new IOException("cannot write to standard output");
            }
        }
    }

    @Override
    public OutputStream bytes() throws IOException {
        Writer current = writer();
        current.flush();
        if (current == fileWriter) {
            return file != null ? file.stream() : null;
        }
        return current == stdout ? stdoutStream : null;
    }

    /** True while results go to a file or a command. */
    public boolean toFile() {
        return file != null || pipe != null;
    }

    /** Sends results to {@code path} from now on (committing any previous file), or back to stdout if null. */
    public void redirect(Path path) throws IOException {
        commit();
        if (path != null) {
            file = AtomicFile.create(path, fileModes);
            fileWriter = new BufferedWriter(file.writer(), BUFFER);
        }
    }

    /**
     * Sends one command's results to {@code path} (its own {@code -o}), keeping whatever {@code \o} set for
     * after: {@link #pop} commits or drops this file and returns to the previous target.
     */
    public void push(Path path) throws IOException {
        AtomicFile pushed = AtomicFile.create(path, fileModes);
        saved.push(new Saved(file, pipe, fileWriter));
        file = pushed;
        pipe = null;
        fileWriter = new BufferedWriter(pushed.writer(), BUFFER);
    }

    /** As {@link #push(Path)}, to a shell command ({@code \g |command}); {@link #pop} waits for it. */
    public void pushPipe(Invocation invocation, String command) throws IOException {
        ShellPipe started = startPipe(invocation, command);
        saved.push(new Saved(file, pipe, fileWriter));
        file = null;
        pipe = started;
        fileWriter = started.writer();
    }

    /** {@code \o |command}: results go to the command from now on (committing any previous file or pipe). */
    public void redirectPipe(Invocation invocation, String command) throws IOException {
        commit();
        pipe = startPipe(invocation, command);
        fileWriter = pipe.writer();
    }

    private ShellPipe startPipe(Invocation invocation, String command) throws IOException {
        writer().flush();
        stdout.flush();
        return ShellPipe.start(invocation, command, stdoutStream, invocation.stderr());
    }

    /** Ends a {@link #push}: the file appears if {@code keep}, else nothing is left of it. */
    public void pop(boolean keep) throws IOException {
        try {
            if (pipe != null) {
                pipe.close();
            } else if (keep) {
                fileWriter.flush();
                file.commit();
            } else {
                file.abort();
            }
        } finally {
            Saved previous = saved.pop();
            file = previous.file();
            pipe = previous.pipe();
            fileWriter = previous.writer();
        }
    }

    /** Makes the current file appear; results go to stdout again. */
    public void commit() throws IOException {
        stdout.flush();
        checkStdout();
        if (pipe != null) {
            try {
                pipe.close();
            } finally {
                pipe = null;
                fileWriter = null;
            }
        }
        if (file != null) {
            try {
                fileWriter.flush();
                file.commit();
            } finally {
                file = null;
                fileWriter = null;
            }
        }
    }

    /** Drops the current file unwritten (an error or Ctrl-C); results go to stdout again. */
    public void abort() {
        if (pipe != null) {
            try {
                pipe.close();
            } catch (IOException e) {
                // The command is gone already; nothing of it to keep.
            }
            pipe = null;
            fileWriter = null;
        }
        if (file != null) {
            file.abort();
            file = null;
            fileWriter = null;
        }
        try {
            stdout.flush();
        } catch (IOException | com.vayyari.wadb.exit.StdoutClosedException e) {
            // stdout is gone (closed pipe): nothing left to tell it.
        }
    }
}
