package com.vayyari.wadb.phonedb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the phone's database on a thread of its own while the caller's thread feeds the COPY: reading and shaping
 * a message costs the client about a quarter of what storing it costs the server, and done in turn with the COPY
 * that quarter would be added to the import's time. Batches go through a bounded queue, so memory stays flat.
 *
 * <p>The reader stops at the next row when the caller fails (a COPY refused, a cancel), and the caller waits for
 * it before returning, so the SQLite connection is never closed under a running query.
 */
final class ReadAhead {

    private static final int BATCH = 512;
    private static final int BATCHES = 32;

    /** Ends the reader's loop when the caller has stopped taking batches. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private ReadAhead() {
    }

    static void forEach(MessageSource source, MessageSource.Sink sink) throws SQLException {
        BlockingQueue<List<PhoneMessage>> queue = new ArrayBlockingQueue<>(BATCHES);
        List<PhoneMessage> end = new ArrayList<>(0);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            List<List<PhoneMessage>> current = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            try {
                source.forEach(m -> {
                    current.get(0).add(m);
                    if (current.get(0).size() == BATCH) {
                        hand(queue, current.get(0), stop);
                        current.set(0, new ArrayList<>(BATCH));
                    }
                });
                hand(queue, current.get(0), stop);
            } catch (Stopped e) {
                return;
            } catch (Throwable e) {
                failure.set(e);
            }
            try {
                hand(queue, end, stop);
            } catch (Stopped e) {
                // the caller is gone; nobody waits for the end
            }
        }, "wadb-phonedb-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<PhoneMessage> batch = queue.take(); batch != end; batch = queue.take()) {
                for (PhoneMessage m : batch) {
                    sink.accept(m);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the import was interrupted", "57014", e);
        } finally {
            stop.set(true);
            queue.clear();
            joinQuietly(reader);
        }
        rethrow(failure.get());
    }

    /** Puts a batch on the queue, giving up when the caller has stopped. */
    private static void hand(BlockingQueue<List<PhoneMessage>> queue, List<PhoneMessage> batch, AtomicBoolean stop) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stop.get()) {
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws SQLException {
        if (failure == null) {
            return;
        }
        if (failure instanceof SQLException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new SQLException(failure);
    }
}
