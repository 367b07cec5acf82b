package com.vayyari.wadb.repl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The catalog completion reads, loaded on a background thread over a connection of its own, so typing never
 * waits for the database: until the first load ends, completion offers keywords only. A refresh asked for while
 * one runs runs again after it, so DDL seen mid-load is not missed.
 */
final class CatalogCache implements AutoCloseable {

    private final Supplier<Connection> connections;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "wadb-catalog");
        thread.setDaemon(true);
        return thread;
    });

    CatalogCache(Supplier<Connection> connections) {
        this.connections = connections;
    }

    /** The latest catalog, or empty while none has loaded yet. Never blocks. */
    Optional<Catalog> ready() {
        return Optional.ofNullable(current.get());
    }

    /** Loads the catalog again in the background; the previous one serves until the new one is in. */
    void refresh() {
        if (queued.compareAndSet(false, true)) {
            loader.execute(() -> {
                queued.set(false);
                load();
            });
        }
    }

    private void load() {
        try (Connection connection = connections.get()) {
            connection.setReadOnly(true);
            current.set(Catalog.load(connection));
        } catch (SQLException | RuntimeException e) {
            // Completion is a convenience: it goes on with the catalog it had (or keywords) when a load fails.
        }
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
