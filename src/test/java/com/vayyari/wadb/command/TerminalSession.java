package com.vayyari.wadb.command;

import com.vayyari.wadb.config.ConnectionResolver;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SessionOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine;

/**
 * A command run the way the REPL on a terminal runs it (colour allowed, stdout a terminal), which tests cannot get
 * from a real terminal: the session is built directly and the command executed through picocli.
 */
final class TerminalSession {

    private TerminalSession() {
    }

    record Output(int exitCode, String out, String err) {
    }

    static Output run(String url, OutputFormat format, Object commandObject, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var settings = new ConnectionResolver(Map.of(), Path.of("")).resolve(
                new ConnectionResolver.Flags(url, null, null, null, null));
        SessionOptions options = new SessionOptions(false, true, false, 0, true, false);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Invocation invocation = Invocation.detached(InputStream.nullInputStream(), new PrintStream(out), errStream,
                Map.of(), Path.of("").toAbsolutePath(), ZoneId.systemDefault(), Path.of(System.getProperty("user.home")));
        try (Session session = new Session(settings, PrintOptions.defaults().withFormat(format), options,
                new OutputTarget(out), errStream, invocation)) {
            holder[0] = session;
            int code = new CommandLine(commandObject).execute(args);
            ((OutputTarget) session.output()).commit();
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            holder[0] = null;
        }
    }

    /** The session of the command running now, for the command's SessionProvider. */
    static final Session[] holder = new Session[1];

    static SessionProvider provider() {
        return () -> holder[0];
    }
}
