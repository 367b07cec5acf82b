package com.vayyari.wadb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The width of the terminal on this process's stdout, as psql's ioctl reads it for the wrapped format and
 * {@code \x auto}. Java cannot ask the terminal itself, so {@code stty} does, on the device stdout is; it is asked
 * only when wanted (a process to start) and each time (windows change). 0 when stdout is no terminal.
 */
final class StdoutWidth {

    private StdoutWidth() {
    }

    static int columns() {
        try {
            String tty = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            Process stty = new ProcessBuilder("stty", "-F", tty, "size").redirectErrorStream(true).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            String[] rowsAndColumns = size.split(" ");
            return stty.waitFor() == 0 && rowsAndColumns.length == 2 ? Integer.parseInt(rowsAndColumns[1]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
