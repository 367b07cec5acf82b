package com.vayyari.wadb.warm;

import java.io.IOException;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import jdk.net.ExtendedSocketOptions;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JVM that stays up to run wadb for {@code bin/wadb-client}, so that a script calling wadb many times pays
 * the JVM's start-up (hundreds of milliseconds, most of wadb -c "select 1") once (issue 7). The client starts
 * it on first use and falls back to a direct run whenever it cannot serve: see README "Warm start".
 *
 * <p>One server serves one user, one installed build with its JVM options, and the variables the JVM or its
 * driver read for themselves (time zone, locale, PGPASSFILE…; the client puts them in the socket's name).
 * Everything else of a call is its own: environment, working directory (relative paths are resolved against
 * it, never against this process's, which is {@code /} so as to keep no file system busy), umask, streams.
 * It exits after {@code idle} without a call; a connection that sends no request is let go after
 * {@link #REQUEST_DEADLINE} and counts for nothing.
 *
 * <p>Usage: {@code java -cp wadb.jar com.vayyari.wadb.warm.WarmServer SOCKET IDLE_SECONDS}
 */
public final class WarmServer {

    private final Path socket;
    private final Duration idle;
    /** How long without a call before the server collects garbage and gives the memory back. */
    private static final long QUIET_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    /** How long a client has, once greeted, to send its request: a real one sends it at once. */
    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);

    /** Connections accepted and not yet closed: a command running in each, or its request awaited. */
    private final AtomicInteger connections = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "wadb-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private UserPrincipal owner;
    private volatile long lastActive = System.nanoTime();
    private long lastCollected = lastActive;

    private WarmServer(Path socket, Duration idle) {
        this.socket = socket;
        this.idle = idle;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: WarmServer SOCKET IDLE_SECONDS");
            System.exit(1);
        }
        new WarmServer(Path.of(args[0]), Duration.ofSeconds(seconds(args[1], 600))).serve();
    }

    /** WADB_WARM_IDLE as the client passed it: a whole number of seconds, else the default. */
    private static long seconds(String text, long otherwise) {
        try {
            return Math.max(1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            System.err.println("wadb warm server: WADB_WARM_IDLE=" + text + " is no number of seconds; using "
                    + otherwise);
            return otherwise;
        }
    }

    private void serve() throws IOException, InterruptedException {
        // Bind under a private name, then rename: clients never see a socket that does not answer yet, and of
        // two servers started at once the later rename wins; the other finds no clients and idles out.
        Path bound = socket.resolveSibling(socket.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(bound);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(bound));
        Files.move(bound, socket, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Object ours = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        owner = Files.getOwner(socket);
        Thread watcher = new Thread(() -> exitWhenIdle(server, ours), "wadb-idle");
        watcher.setDaemon(true);
        watcher.start();
        int clients = 0;
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                // Closed by the watcher, which still has clients to wait for and a log to tidy: were this
                // thread to end now, the JVM (with only daemon threads left) would end the watcher with it.
                watcher.join();
                return;
            }
            connections.incrementAndGet();
            Thread call = new Thread(() -> serve(client), "wadb-client-" + ++clients);
            call.start();
        }
    }

    private void serve(SocketChannel client) {
        boolean ran = false;
        try (client) {
            if (!sameUser(client)) {
                return;  // not a word: the socket's directory is the user's alone, so this is no client of ours
            }
            ClientCall call = ClientCall.accept(client, timer, REQUEST_DEADLINE);
            ran = true;
            call.run();
        } catch (IOException e) {
            // The client went away or spoke nonsense; its command (if any) was cancelled.
        } finally {
            if (ran) {
                lastActive = System.nanoTime();
            }
            connections.decrementAndGet();
        }
    }

    /** The kernel's word on who connected (the client checks the same of the server). */
    private boolean sameUser(SocketChannel client) {
        try {
            return client.getOption(ExtendedSocketOptions.SO_PEERCRED).user().equals(owner);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Stops listening once no client has been served for {@code idle}, or when another server took the name. */
    private void exitWhenIdle(ServerSocketChannel server, Object ours) {
        while (true) {
            try {
                Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
            } catch (InterruptedException e) {
                return;
            }
            boolean replaced;
            try {
                replaced = !ours.equals(Files.readAttributes(socket,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            } catch (IOException e) {
                replaced = true;  // removed
            }
            long quiet = System.nanoTime() - lastActive;
            boolean idleLongEnough = connections.get() == 0 && quiet > idle.toNanos();
            if (connections.get() == 0 && quiet > QUIET_NANOS && lastCollected != lastActive) {
                // Between bursts of calls: what the last command allocated goes back to the OS (the client
                // starts the server with small heap free ratios), so an idle server stays small.
                lastCollected = lastActive;
                System.gc();
            }
            if (replaced || idleLongEnough) {
                try {
                    if (!replaced) {
                        Files.deleteIfExists(socket);
                    }
                    server.close();
                } catch (IOException e) {
                    // exiting all the same
                }
                waitForConnections();
                if (!replaced) {  // else the log is the new server's
                    removeEmptyLog();
                }
                System.exit(0);
            }
        }
    }

    /** The client's log for this server (its stderr): kept only when something was said in it. */
    private void removeEmptyLog() {
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        try {
            if (Files.size(log) == 0) {
                Files.delete(log);
            }
        } catch (IOException e) {
            // gone already, or not ours to remove
        }
    }

    private void waitForConnections() {
        while (connections.get() > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
