package com.vayyari.wadb.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** What every failure in these tests must look like, and waiting for something to happen. */
final class Expect {

    private Expect() {
    }

    /**
     * Exactly one line on stderr, {@code wadb: …} or a server error as psql prints it ({@code ERROR:  …}), never
     * a stack trace or an internal error.
     */
    static void oneLine(String err) {
        assertEquals(1, err.lines().count(), "exactly one line on stderr:\n" + err);
        assertTrue(err.startsWith("wadb: ") || err.startsWith("ERROR:  "), err);
        assertFalse(err.contains("\tat ") || err.contains("internal error"), "no stack trace, no internal error: " + err);
    }

    static void eventually(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(20);
        }
    }
}
