package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Invocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code /bin/sh -c} as psql runs it for {@code \!} and for backquotes in backslash arguments: in the caller's
 * directory and environment (as {@code \cd} and {@code \setenv} left them), never this JVM's.
 */
final class Shell {

    private Shell() {
    }

    /** A backquoted command: what it prints, less one trailing newline (psql's rule). */
    static String output(Invocation invocation, String command) {
        try {
            Process process = start(invocation, command);
            process.getOutputStream().close();
            copy(process.getErrorStream(), invocation.stderr(), true);
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
        } catch (IOException e) {
            throw WadbException.command("could not execute command \"" + command + "\": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WadbException.command("interrupted");
        }
    }

    /** {@code \! command}: runs it with the caller's output; false when it could not run or failed. */
    static boolean run(Invocation invocation, String command) {
        try {
            Process process = start(invocation, command.isBlank() ? "${SHELL:-/bin/sh}" : command);
            process.getOutputStream().close();
            Thread errors = new Thread(() -> copy(process.getErrorStream(), invocation.stderr(), false));
            errors.start();
            copy(process.getInputStream(), invocation.stdout(), false);
            errors.join();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Process start(Invocation invocation, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .directory(invocation.workingDirectory().toFile());
        builder.environment().clear();
        builder.environment().putAll(invocation.env());
        return builder.start();
    }

    private static void copy(InputStream from, PrintStream to, boolean background) {
        Runnable pump = () -> {
            try (from) {
                from.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // the command closed its output early; nothing more to pass on
            }
        };
        if (background) {
            new Thread(pump).start();
        } else {
            pump.run();
        }
    }
}
