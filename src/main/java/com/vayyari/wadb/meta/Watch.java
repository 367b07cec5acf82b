package com.vayyari.wadb.meta;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code \watch [SECONDS]}: runs the last query again and again, every SECONDS (2 by default), until Ctrl-C. */
final class Watch {

    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm:ss", Locale.ROOT);
    private static final long TICK_MILLIS = 50;

    private final Session session;

    Watch(Session session) {
        this.session = session;
    }

    int run(List<String> args) throws IOException {
        double seconds = interval(args);
        String sql = session.interaction().lastQuery()
                .orElseThrow(() -> WadbException.usage("\\watch: no query to repeat; run one first"));
        long interrupts = session.cancels();
        while (true) {
            var out = session.output().writer();
            out.write(HEADER.format(LocalDateTime.now()) + " (every " + format(seconds) + "s)\n\n");
            try {
                session.runSql(sql);
            } catch (WadbException e) {
                if (session.cancels() != interrupts) {
                    return ExitCode.OK;
                }
                throw e;
            }
            out.write('\n');
            session.output().flush();
            if (!sleep(seconds, interrupts)) {
                return ExitCode.OK;
            }
        }
    }

    private static double interval(List<String> args) {
        if (args.isEmpty()) {
            return 2;
        }
        try {
            double seconds = Double.parseDouble(args.get(0));
            if (seconds > 0 && seconds <= 86_400) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WadbException.usage("\\watch: interval must be a number of seconds above 0, not " + args.get(0));
    }

    /** Waits; false as soon as Ctrl-C is pressed. */
    private boolean sleep(double seconds, long interrupts) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (session.cancels() != interrupts) {
                return false;
            }
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return session.cancels() == interrupts;
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
