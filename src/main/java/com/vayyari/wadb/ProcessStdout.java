package com.vayyari.wadb;

import com.vayyari.wadb.exit.StdoutClosedException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's own stdout, which tells a reader gone ({@code wadb … | head -1}) from other write failures. psql
 * is killed by SIGPIPE then and says nothing; the JVM ignores SIGPIPE, so the failed write throws a
 * {@link StdoutClosedException} instead, which no PrintStream swallows and every door ends on quietly. Other
 * failures (a full disk behind {@code > file}) stay IOExceptions, reported as before.
 */
final class ProcessStdout extends FilterOutputStream {

    ProcessStdout() {
        super(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static IOException failure(IOException e) {
        if (readerGone(e)) {
            throw new StdoutClosedException();
        }
        return e;
    }

    /**
     * EPIPE: a write to a pipe or socket fails only when its reader has gone. Its text ("Broken pipe") may be
     * translated, so what stdout is decides where /proc can say.
     */
    private static boolean readerGone(IOException e) {
        if ("Broken pipe".equals(e.getMessage())) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
            return false;
        }
    }
}
