package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.Locale;

/** {@code \timing}'s report after each statement, and after each domain command (a statement to its user). */
final class Timing {

    private Timing() {
    }

    /** Runs {@code command}; with {@code \timing} on, reports how long it took when it returns. */
    static int around(Session session, boolean on, java.util.function.IntSupplier command) {
        long started = System.nanoTime();
        int code = command.getAsInt();
        if (on) {
            report(session, System.nanoTime() - started);
        }
        return code;
    }

    /** psql's {@code Time: 12.345 ms}, with {@code (mm:ss.fff)} past a second; beside data formats on stderr. */
    static void report(Session session, long nanos) {
        double millis = nanos / 1e6;
        String line = String.format(Locale.ROOT, "Time: %.3f ms", millis);
        if (millis >= 1000) {
            long total = Math.round(millis);
            line += String.format(Locale.ROOT, " (%02d:%02d.%03d)", total / 60000, total / 1000 % 60, total % 1000);
        }
        if (session.print().format().dataOnly()) {
            session.err().println(line);
            return;
        }
        try {
            session.output().writer().write(line + "\n");
            session.output().flush();
        } catch (IOException e) {
            throw WadbException.usage("could not write output: " + e.getMessage());
        }
    }
}
