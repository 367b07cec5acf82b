package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Variables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * psql's scripting commands: variables ({@code \set}, {@code \\unset}, {@code \getenv}, {@code \prompt}), text
 * ({@code \echo}, {@code \qecho}, {@code \warn}), the query buffer ({@code \p}, {@code \r}, {@code \w}), the
 * conditions of {@code \if}, and the shell ({@code \!}, {@code \cd}, {@code \setenv}).
 */
final class ScriptCommands {

    private final Session session;

    ScriptCommands(Session session) {
        this.session = session;
    }

    int set(List<String> args) throws IOException {
        Variables variables = session.variables();
        if (args.isEmpty()) {
            return write(variables.listing());
        }
        variables.set(args.get(0), String.join("", args.subList(1, args.size())));
        return ExitCode.OK;
    }

    int unset(List<String> args) {
        if (args.isEmpty()) {
            throw WadbException.command("\\unset: missing required argument");
        }
        session.variables().set(args.get(0), null);
        return ExitCode.OK;
    }

    /** {@code \echo}, {@code \qecho}: the words joined by spaces; {@code -n} first leaves off the newline. */
    int echo(MetaCall call, boolean toQueryOutput) throws IOException {
        String text = text(call);
        if (toQueryOutput) {
            session.output().writer().write(text);
            session.output().flush();
        } else {
            session.output().flush();
            session.invocation().stdout().print(text);
            session.invocation().stdout().flush();
        }
        return ExitCode.OK;
    }

    int warn(MetaCall call) {
        session.err().print(text(call));
        session.err().flush();
        return ExitCode.OK;
    }

    /** The words joined; a first word {@code -n}, unquoted as psql requires, leaves off the newline. */
    private static String text(MetaCall call) {
        List<String> args = call.args();
        String raw = call.raw().stripLeading();
        boolean option = !args.isEmpty() && args.get(0).equals("-n") && raw.startsWith("-n")
                && (raw.length() == 2 || Character.isWhitespace(raw.charAt(2)));
        boolean newline = !option;
        List<String> words = newline ? args : args.subList(1, args.size());
        return String.join(" ", words) + (newline ? "\n" : "");
    }

    /** {@code \\errverbose}: the last server error again, in full; psql's words when there was none. */
    int errverbose() {
        java.util.Optional<String> text = session.lastErrorVerbose();
        if (text.isEmpty()) {
            session.invocation().stdout().println("There is no previous error.");
            session.invocation().stdout().flush();
            return ExitCode.OK;
        }
        String location = session.messageLocation().get();
        session.err().println((location.isEmpty() ? "" : location + "error: ") + text.get().strip());
        session.err().flush();
        return ExitCode.OK;
    }

    /** {@code \p}: the buffer, else the previous query, else psql's "Query buffer is empty." */
    int print(MetaCall call) throws IOException {
        return writeLine(call.bufferOrPrevious().orElse("Query buffer is empty."));
    }

    int reset() throws IOException {
        return session.options().quiet() ? ExitCode.OK : writeLine("Query buffer reset (cleared).");
    }

    /** {@code \w FILE}: the buffer, else the previous query, into FILE (psql writes it as it stands). */
    int writeBuffer(MetaCall call) throws IOException {
        if (call.args().isEmpty()) {
            throw WadbException.command("\\w: missing required argument");
        }
        String text = call.bufferOrPrevious().orElse("");
        Path file = session.invocation().resolve(Path.of(call.args().get(0)));
        boolean created = !Files.exists(file);
        Files.writeString(file, text.isEmpty() ? "" : text + "\n", StandardCharsets.UTF_8);
        if (created && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            session.invocation().fileModes().applyToFile(file);  // a file it replaces keeps its mode, as in psql
        }
        return ExitCode.OK;
    }

    int shell(MetaCall call) throws IOException {
        session.output().flush();
        return Shell.run(session.invocation(), call.raw()) ? ExitCode.OK : ExitCode.COMMAND;
    }

    int changeDirectory(List<String> args) {
        Path target = args.isEmpty() ? session.invocation().home() : session.invocation().resolve(Path.of(args.get(0)));
        if (!Files.isDirectory(target)) {
            throw WadbException.command("\\cd: could not change directory to \"" + (args.isEmpty() ? target : args.get(0))
                    + "\": No such file or directory");
        }
        session.invocation(session.invocation().inDirectory(target.normalize()));
        return ExitCode.OK;
    }

    int setEnvironment(List<String> args) {
        if (args.isEmpty()) {
            throw WadbException.command("\\setenv: missing required argument");
        }
        String name = args.get(0);
        if (name.contains("=")) {
            throw WadbException.command("\\setenv: environment variable name must not contain \"=\"");
        }
        session.invocation(session.invocation().withEnv(name, args.size() > 1 ? args.get(1) : null));
        return ExitCode.OK;
    }

    int getEnvironment(List<String> args) {
        if (args.size() < 2) {
            throw WadbException.command("\\getenv: missing required argument");
        }
        String value = session.invocation().env().get(args.get(1));
        if (value != null) {
            session.variables().set(args.get(0), value);
        }
        return ExitCode.OK;
    }

    /** {@code \prompt [TEXT] NAME}: TEXT on stderr, then one line of stdin into NAME. */
    int prompt(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw WadbException.command("\\prompt: missing required argument");
        }
        String name = args.get(args.size() - 1);
        if (args.size() > 1) {
            session.err().print(String.join(" ", args.subList(0, args.size() - 1)));
            session.err().flush();
        }
        String line = readLine(session.invocation().stdin());
        session.variables().set(name, line == null ? "" : line);
        return ExitCode.OK;
    }

    /** One line, byte by byte, so nothing after it is taken from the stream. */
    private static String readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    int restrict(List<String> args) {
        session.restrictKey(key("restrict", args));
        return ExitCode.OK;
    }

    int unrestrict(List<String> args) {
        String key = key("unrestrict", args);
        if (session.restrictKey() == null) {
            throw WadbException.command("\\unrestrict: not currently in restricted mode");
        }
        if (!session.restrictKey().equals(key)) {
            throw WadbException.command("\\unrestrict: wrong key");
        }
        session.restrictKey(null);
        return ExitCode.OK;
    }

    private static String key(String command, List<String> args) {
        if (args.isEmpty() || args.get(0).isEmpty()) {
            throw WadbException.command("\\" + command + ": missing required argument");
        }
        return args.get(0);
    }

    /** {@code \if}/{@code \elif}: the words joined by spaces, read as psql reads a boolean. */
    static Intent condition(String what, List<String> args) {
        String expression = String.join(" ", args);
        Optional<Boolean> value = Variables.parseBoolean(expression);
        return new Intent.Condition(value.orElse(false), value.isPresent() ? Optional.empty()
                : Optional.of("unrecognized value \"" + expression + "\" for \"" + what + "\": Boolean expected"));
    }

    private int write(String text) throws IOException {
        session.output().writer().write(text);
        session.output().flush();
        return ExitCode.OK;
    }

    private int writeLine(String text) throws IOException {
        return write(text + "\n");
    }
}
