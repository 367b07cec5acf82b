package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code \watch [SECONDS]}: runs the query buffer, else the last query, again and again, every SECONDS (2 by
 * default), until Ctrl-C. The handler only decides what to repeat; the runner, which owns the buffer, repeats it.
 */
public final class Watch {

    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm:ss", Locale.ROOT);
    private static final long TICK_MILLIS = 50;

    private final Session session;

    public Watch(Session session) {
        this.session = session;
    }

    /** What {@code \\watch} asks of the runner: the buffer (or the last query) and the interval. */
    static Intent intent(MetaCall call) {
        double seconds = interval(call.args());
        String sql = call.bufferOrPrevious()
                .orElseThrow(() -> WadbException.usage("\\watch: no query to repeat; run one first"));
        return new Intent.Watch(sql, seconds);
    }

    /** Runs {@code sql} every {@code seconds} until Ctrl-C. */
    public int repeat(String sql, double seconds) throws IOException {
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
