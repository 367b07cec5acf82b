package com.vayyari.wadb.session;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * psql's {@code \o |command} and {@code \g |command}: results are written to {@code /bin/sh -c command}, run in the
 * caller's directory with the caller's environment. What the command prints is copied to the session's own stdout
 * and stderr (not this JVM's, which a warm server shares), and closing waits for the command, as pclose does.
 */
public final class ShellPipe {

    private final Process process;
    private final Writer writer;
    private final Thread out;
    private final Thread err;

    private ShellPipe(Process process, OutputStream stdout, OutputStream stderr) {
        this.process = process;
        this.writer = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.out = copier(process.getInputStream(), stdout);
        this.err = copier(process.getErrorStream(), stderr);
    }

    /** Starts {@code command}; its output goes to {@code stdout} and {@code stderr}. */
    public static ShellPipe start(Invocation invocation, String command, OutputStream stdout, OutputStream stderr)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .directory(invocation.workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(invocation.env());
        return new ShellPipe(builder.start(), stdout, stderr);
    }

    /** Where results are written: the command's stdin. */
    public Writer writer() {
        return writer;
    }

    /** Ends the command's input and waits for it and for everything it printed to be copied. */
    public void close() throws IOException {
        try {
            writer.close();
        } catch (IOException e) {
            // The command stopped reading (head, a failed command): psql ignores a broken pipe too.
        }
        try {
            process.waitFor();
            out.join();
            err.join();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread copier(InputStream from, OutputStream to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from) {
                int n;
                while ((n = from.read(buffer)) > 0) {
                    synchronized (to) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException | com.vayyari.wadb.exit.StdoutClosedException e) {
                // The session's stream is gone; the command's output has nowhere to go.
            }
        }, "wadb-pipe-copy");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
