package com.vayyari.wadb.reliability;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.config.ConnectionResolver;
import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.script.ScriptRunner;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SessionOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The REPL's engine without a terminal: the same interactive {@link ScriptRunner} the REPL feeds typed lines
 * to, so errors are reported and the session goes on. Each {@link #type} returns what that line printed.
 */
final class InteractiveShell implements AutoCloseable {

    /** What one typed line printed. */
    record Said(String out, String err) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OutputTarget output = new OutputTarget(out);
    private final Session session;
    private final ScriptRunner runner;

    InteractiveShell(String url, SessionOptions options) {
        ConnectionSettings settings = new ConnectionResolver(Map.of(), Path.of("").toAbsolutePath())
                .resolve(new ConnectionResolver.Flags(url, null, null, null, null));
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        session = new Session(settings, PrintOptions.defaults(), options, output, errStream,
                Invocation.detached(java.io.InputStream.nullInputStream(), new PrintStream(out), errStream, Map.of(),
                        Path.of("").toAbsolutePath(), java.time.ZoneId.systemDefault(),
                        Path.of(System.getProperty("user.home"))));
        runner = new ScriptRunner(session, new CommandFactory(() -> session), true);
    }

    InteractiveShell(String url) {
        this(url, SessionOptions.defaults());
    }

    /** Types one line, as at the prompt; the REPL goes on whatever happens (only \q ends it). */
    Said type(String line) {
        out.reset();
        err.reset();
        runner.feed(line);
        try {
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Said(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Session session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
    }
}
