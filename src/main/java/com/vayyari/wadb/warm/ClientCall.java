package com.vayyari.wadb.warm;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.repl.TerminalPreload;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.TerminalFlags;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** One client's run of wadb inside the warm server: its arguments, environment, directory and streams. */
final class ClientCall {

    private final Frames.Writer writer;
    private final DataInputStream in;
    private final Frames.Request request;

    private ClientCall(Frames.Writer writer, DataInputStream in, Frames.Request request) {
        this.writer = writer;
        this.in = in;
        this.request = request;
    }

    /**
     * Greets the client and reads its request. An IOException when it sent none that can be served; a request
     * too large is declined, so that the client runs the command itself.
     */
    static ClientCall accept(SocketChannel channel, ScheduledExecutorService timer, Duration deadline)
            throws IOException {
        Frames.Writer writer = new Frames.Writer(ChannelStreams.out(channel));
        writer.number(Frames.ACCEPTED, Frames.VERSION);
        DataInputStream in = new DataInputStream(new BufferedInputStream(ChannelStreams.in(channel)));
        // Whichever comes first, the request or the deadline, settles the call: a client that sends nothing (or a
        // byte now and then) is declined and let go, and cannot hold the server up from idling out.
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> late = timer.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                decline(writer);
                closeQuietly(channel);
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Frames.Request request = Frames.readRequest(in);
            if (!settled.compareAndSet(false, true)) {
                throw new IOException("the request came after its deadline");
            }
            if (request.terminal() != null
                    && TerminalPreload.rulesOutRepl(request.args().toArray(String[]::new))) {
                // Offered a terminal for what is no REPL: the command may ask questions on it (a password, a
                // confirmation) as only the terminal's own process can. It runs there, as before.
                decline(writer);
                throw new IOException("a terminal offered for a command that is no REPL");
            }
            return new ClientCall(writer, in, request);
        } catch (IOException e) {
            if (settled.compareAndSet(false, true)) {
                decline(writer);
            }
            throw e;
        } finally {
            late.cancel(false);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closed is closed
        }
    }

    /** Tells the client that its command will not run here (it runs it itself), if it is still there to hear. */
    static void decline(Frames.Writer writer) {
        try {
            writer.number(Frames.DECLINED, 0);
        } catch (IOException e) {
            // gone already
        }
    }

    /** Runs the client's command and sends its exit status; returns when the client has it (or is gone). */
    void run() throws IOException {
        // Unbuffered, as Main.main's stdout is: bytes leave when a direct run's would (OutputTarget buffers).
        PrintStream stdout = new PrintStream(new FrameOutputStream(writer, Frames.STDOUT), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FrameOutputStream(writer, Frames.STDERR), true, StandardCharsets.UTF_8);
        ClientStdin stdin = new ClientStdin(writer, stdout::flush);
        ClientTerminal terminal = request.terminal() == null ? null
                : new ClientTerminal(writer, request.terminal(), stdout);
        AtomicReference<Runnable> cancel = new AtomicReference<>(() -> { });
        Thread listener = new Thread(() -> listen(in, stdin, terminal, cancel), "wadb-client-input");
        listener.setDaemon(true);
        listener.start();
        int code;
        try {
            code = Main.run(request.args().toArray(String[]::new),
                    invocation(request, stdin, stdout, stderr, terminal), cancel::set);
        } catch (RuntimeException | Error e) {
            stderr.println("wadb: internal error: " + e);
            code = ExitCode.USAGE;
        }
        stdout.flush();
        stderr.flush();
        writer.number(Frames.EXIT, code);
    }

    /** Reads the client's frames until it closes its end; then the command is cancelled. */
    private static void listen(DataInputStream in, ClientStdin stdin, ClientTerminal terminal,
                               AtomicReference<Runnable> cancel) {
        try {
            Frames.Frame frame;
            while ((frame = Frames.readFrame(in)) != null) {
                if (frame.type() == Frames.STDIN) {
                    stdin.arrived(frame.payload());
                } else if (terminal == null || !terminal.arrived(frame)) {
                    throw new IOException("a terminal's frame from a client that offered none");
                }
            }
        } catch (IOException e) {
            // A broken frame or connection: the same as the client going away.
        }
        stdin.gone();
        if (terminal != null) {
            terminal.gone();
        }
        try {
            cancel.get().run();
        } catch (RuntimeException e) {
            // The command had finished and closed its connection: nothing was left to cancel.
        }
    }

    /**
     * The client's process facts, never this server's: its environment, directory, terminals and umask as
     * relayed. The zone falls back to this JVM's, which read the same $TZ (the client picks a server by $TZ).
     * Questions are asked only on a terminal the client relayed for a REPL (otherwise it runs directly when stdin
     * is a terminal), and only once the REPL has it.
     */
    private static Invocation invocation(Frames.Request request, ClientStdin stdin, PrintStream stdout,
                                         PrintStream stderr, ClientTerminal terminal) {
        Map<String, String> env = environment(request.environment());
        boolean[] terminals = request.terminals();
        TerminalFlags flags = terminal == null ? new TerminalFlags(terminals[0], terminals[1], terminals[2])
                : new TerminalFlags(terminals[0], terminals[1], terminals[2], terminal::columns);
        return new Invocation(terminal == null ? stdin : terminal.stdin(stdin), stdout, stderr, env,
                Path.of(request.workingDirectory()), flags, request.umask(),
                Invocation.zone(env, java.time.ZoneId.systemDefault()), Path.of(System.getProperty("user.home")),
                terminal == null ? null : terminal.prompter(), terminal);
    }

    private static Map<String, String> environment(List<String> entries) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                env.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return Collections.unmodifiableMap(env);
    }
}
