package com.vayyari.wadb.shell;

import com.vayyari.wadb.output.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Results go to stdout, or to a file chosen with {@code -o} / {@code \o}. A file is written atomically: it
 * appears when the output is switched away from it or the session ends well, and never half-written.
 */
public final class OutputTarget implements Session.Output {

    private static final int BUFFER = 1 << 16;

    private final Writer stdout;
    private AtomicFile file;
    private Writer fileWriter;

    public OutputTarget(OutputStream stdout) {
        this.stdout = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), BUFFER);
    }

    @Override
    public Writer writer() {
        return fileWriter != null ? fileWriter : stdout;
    }

    @Override
    public void flush() throws IOException {
        writer().flush();
    }

    /** True while results go to a file. */
    public boolean toFile() {
        return file != null;
    }

    /** Sends results to {@code path} from now on (committing any previous file), or back to stdout if null. */
    public void redirect(Path path) throws IOException {
        commit();
        if (path != null) {
            file = AtomicFile.create(path);
            fileWriter = new BufferedWriter(file.writer(), BUFFER);
        }
    }

    /** Makes the current file appear; results go to stdout again. */
    public void commit() throws IOException {
        stdout.flush();
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
        if (file != null) {
            file.abort();
            file = null;
            fileWriter = null;
        }
        try {
            stdout.flush();
        } catch (IOException e) {
            // stdout is gone (closed pipe): nothing left to tell it.
        }
    }
}
