package com.vayyari.wadb.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a relayed REPL's commands read from the terminal: lines as the kernel's canonical mode gives them. */
class CanonicalInputTest {

    private static final byte[] CONTROL_CHARS = {3, 28, 127, 21, 4, 26, 23, 22};

    @Test
    void eraseAndKillEditTheLineAndRubItOutOnTheScreen() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CanonicalInput in = input("Raxi\u007f\u007fvi\nwrong\u0015right\n", screen);

        assertEquals("Ravi\nright\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("\b \b\b \b" + "\b \b".repeat(5), screen.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void eraseTakesAWholeUtf8CharacterAndCtrlDOnAnEmptyLineIsTheEnd() throws IOException {
        CanonicalInput in = input("naïve\u007f\u007fe\n\u0004after", new ByteArrayOutputStream());

        assertEquals("naïe\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void ctrlDAfterTextEndsTheLineWithoutANewline() throws IOException {
        CanonicalInput in = input("abc\u0004", new ByteArrayOutputStream());

        byte[] line = new byte[16];
        assertEquals(3, in.read(line, 0, line.length));
        assertEquals(-1, in.read());
    }

    private static CanonicalInput input(String typed, ByteArrayOutputStream screen) {
        return new CanonicalInput(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen,
                CONTROL_CHARS);
    }
}
