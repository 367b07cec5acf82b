package com.vayyari.wadb.warm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The kernel's canonical mode over a relayed terminal's input, for what reads the call's stdin while the REPL runs a
 * command ({@code \prompt}, SINGLESTEP): JLine's emulated line discipline echoes but passes every byte on, so here a
 * line is gathered as the kernel would, with the erase and kill keys, and the VEOF key (Ctrl-D) is the end of input
 * on an empty line.
 */
final class CanonicalInput extends ChunkedInput {

    private final InputStream keys;
    private final OutputStream screen;
    private final int erase;
    private final int kill;
    private final int endOfFile;

    /** {@code controlChars} in the order of the client's offer (VINTR, VQUIT, VERASE, VKILL, VEOF, …). */
    CanonicalInput(InputStream keys, OutputStream screen, byte[] controlChars) {
        this.keys = keys;
        this.screen = screen;
        this.erase = controlChars.length > 2 ? controlChars[2] & 0xff : 0x7f;
        this.kill = controlChars.length > 3 ? controlChars[3] & 0xff : 0x15;
        this.endOfFile = controlChars.length > 4 ? controlChars[4] & 0xff : 0x04;
    }

    @Override
    protected byte[] next(int wanted) throws IOException {
        return gather();
    }

    /** Reads the next line (up to and with its newline, or what came before VEOF); null at the end of input. */
    private byte[] gather() throws IOException {
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        while (true) {
            int c = keys.read();
            if (c < 0 || c != 0 && c == endOfFile) {
                if (typed.size() == 0) {
                    return null;
                }
                break;
            }
            if (c != 0 && (c == erase || c == '\b')) {
                typed = without(typed, 1);
            } else if (c != 0 && c == kill) {
                typed = without(typed, Integer.MAX_VALUE);
            } else {
                typed.write(c);
                if (c == '\n') {
                    break;
                }
            }
        }
        return typed.toByteArray();
    }

    /** The line less its last {@code count} characters (UTF-8), each rubbed out on the screen as ECHOE does. */
    private ByteArrayOutputStream without(ByteArrayOutputStream typed, int count) throws IOException {
        byte[] bytes = typed.toByteArray();
        int end = bytes.length;
        StringBuilder rubOut = new StringBuilder();
        for (int i = 0; i < count && end > 0; i++) {
            do {
                end--;
            } while (end > 0 && (bytes[end] & 0xc0) == 0x80);  // continuation bytes go with their lead byte
            rubOut.append("\b \b");
        }
        screen.write(rubOut.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        screen.flush();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        kept.write(bytes, 0, end);
        return kept;
    }
}
