package com.vayyari.wadb.script;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.ServerMessageException;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.meta.MetaCommands;
import com.vayyari.wadb.meta.Watch;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.Piece;
import com.vayyari.wadb.sql.StatementSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Non-interactive input — {@code -c}, {@code -f} and piped stdin — read line by line through the statement
 * splitter: SQL goes to the session, backslash lines to the meta-commands, command lines to the domain
 * commands. No prompt, no colour, no history. Stops at the first error unless ON_ERROR_STOP is off.
 */
public final class ScriptRunner {

    private final Session session;
    private final CommandDispatcher commands;
    private final MetaCommands meta;
    private final StatementSplitter splitter = new StatementSplitter();
    private final Watch watch;
    private final boolean interactive;
    /** The exit code of the first failure (1 for a refused or mistyped command, 3 for SQL), 0 while none. */
    private int failure = ExitCode.OK;
    /** psql's previous_buf: the last statement sent, what {@code \g}, {@code \watch}, {@code \save} use when the buffer is empty. */
    private String previousQuery;
    private Path currentDirectory;
    private ScriptEvents events = ScriptEvents.NONE;
    /** The script file being read and its line now, for psql's {@code FILE:LINE:} before messages; null for stdin and -c. */
    private String file;
    private int lineNumber;

    public ScriptRunner(Session session, CommandFactory factory) {
        this(session, factory, false);
    }

    /** An interactive runner (the REPL's) reports errors and goes on; only {@code \q} ends it. */
    public ScriptRunner(Session session, CommandFactory factory, boolean interactive) {
        this(session, new CommandDispatcher(factory), interactive);
    }

    private ScriptRunner(Session session, CommandDispatcher commands, boolean interactive) {
        this.session = session;
        this.interactive = interactive;
        this.commands = commands;
        this.meta = new MetaCommands(session);
        this.watch = new Watch(session);
    }

    /** Who hears what the runner did (the REPL); nobody by default. */
    public ScriptRunner events(ScriptEvents listener) {
        this.events = listener;
        return this;
    }

    /** {@code \i FILE}: the file runs with a splitter of its own, so a half-typed statement here is kept. */
    private int include(Path file) {
        return new ScriptRunner(session, commands, false).events(events).runFile(file);
    }

    /** {@code \ir FILE}: relative to the directory of the script being read (the working directory for stdin). */
    private int includeRelative(Path file) {
        return include(currentDirectory == null || file.isAbsolute() ? file : currentDirectory.resolve(file));
    }

    /** Runs one domain command line, as typed; the door hears when it may have added tables or chats. */
    private int runCommandLine(String line) {
        try {
            return commands.run(line, session);
        } finally {
            if (Commands.addsNames(line)) {
                events.namesMayHaveChanged();
            }
        }
    }

    public int runText(String text, String source) {
        return run(new StringReader(text), source);
    }

    public int runFile(Path file) {
        Path resolved = session.invocation().resolve(file);  // the caller's directory, not this JVM's
        currentDirectory = resolved.getParent();
        try (InputStream in = Files.newInputStream(resolved)) {
            this.file = file.toString();
            return runStream(in, file.toString());
        } catch (NoSuchFileException e) {
            session.err().println("wadb: " + file + ": no such file");
            return ExitCode.USAGE;
        } catch (IOException e) {
            session.err().println("wadb: " + file + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    public int runStream(InputStream in, String source) {
        // Strict UTF-8: a wrong encoding is reported, never silently turned into replacement characters.
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return run(reader, source);
    }

    private int run(Reader reader, String source) {
        BufferedReader lines = new BufferedReader(reader, 1 << 16);
        lineNumber = 0;
        java.util.function.Supplier<String> outerLocation = session.messageLocation();
        session.messageLocation(this::location);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                Integer stop = feed(line);
                if (stop != null) {
                    return stop;
                }
            }
            Integer stop = finish();
            if (stop != null) {
                return stop;
            }
        } catch (CharacterCodingException e) {
            session.err().println("wadb: " + source + ": invalid UTF-8 at line " + (lineNumber + 1));
            return ExitCode.USAGE;
        } catch (IOException e) {
            session.err().println("wadb: " + source + ": " + e.getMessage());
            return ExitCode.USAGE;
        } finally {
            session.messageLocation(outerLocation);
        }
        return failure;
    }

    /**
     * Feeds one input line; runs whatever it completes. Returns an exit code when the input must end now
     * ({@code \q}, a lost connection, or an error with ON_ERROR_STOP), else null.
     */
    public Integer feed(String line) {
        if (InputState.isCommandLine(line, splitter.incomplete())) {
            return outcome(() -> runCommandLine(line));
        }
        for (Piece piece : splitter.feed(line)) {
            Integer stop = execute(piece);
            if (stop != null) {
                return stop;
            }
        }
        return null;
    }

    /** At the end of the input: runs an unterminated last statement, as psql does in scripts. */
    public Integer finish() {
        Optional<Piece> last = splitter.finish();
        return last.isPresent() ? execute(last.get()) : null;
    }

    /** True while a statement is unfinished (the REPL shows its continuation prompt then). */
    public boolean incomplete() {
        return splitter.incomplete();
    }

    /** psql's prompt state of the unfinished statement ({@code -}, {@code '}, {@code (} …), for the REPL's prompt. */
    public char promptState() {
        return splitter.promptState();
    }

    /** The last statement sent, as written: what {@code \e} edits when the buffer is empty. */
    public Optional<String> previousQuery() {
        return Optional.ofNullable(previousQuery);
    }

    /** Ctrl-C at the prompt: psql drops the query buffer, so a later {@code ;} runs nothing of it. */
    public void resetBuffer() {
        splitter.reset();
    }

    /** Runs one piece; returns an exit code when the run must end now, else null. */
    private Integer execute(Piece piece) {
        if (piece instanceof Piece.Sql sql) {
            return runQuery(sql.text(), sql.asSent(), false);
        }
        Piece.Meta command = (Piece.Meta) piece;
        Intent intent;
        try {
            intent = meta.run(command, previousQuery());
        } catch (WadbException e) {
            return failed(e);
        }
        return carryOut(intent);
    }

    /** Does what a backslash command asked for. */
    private Integer carryOut(Intent intent) {
        if (intent instanceof Intent.Quit) {
            return failure;
        }
        if (intent instanceof Intent.Exec exec) {
            return runQuery(exec.query(), exec.query(), exec.expanded());
        }
        if (intent instanceof Intent.Watch repeat) {
            previousQuery = repeat.query();
            events.watchStarts();
            return outcome(() -> watch.repeat(repeat.query(), repeat.seconds()));
        }
        if (intent instanceof Intent.Include file) {
            return outcome(() -> file.relativeToScript() ? includeRelative(file.file()) : include(file.file()));
        }
        if (intent instanceof Intent.Edit edit) {
            return edit(edit);
        }
        if (intent instanceof Intent.CommandLine line) {
            return outcome(() -> runCommandLine(line.line()));
        }
        return outcome(() -> ((Intent.Done) intent).exitCode());
    }

    /** {@code \e}: the buffer is replaced by what the editor gives back, which is then fed as typed. */
    private Integer edit(Intent.Edit edit) {
        splitter.reset();
        Optional<String> edited;
        try {
            edited = events.edit(edit.buffer(), edit.text(), edit.file());
        } catch (WadbException e) {
            return failed(e);
        }
        if (edited.isPresent()) {
            for (String line : edited.get().split("\n", -1)) {
                Integer stop = feed(line);
                if (stop != null) {
                    return stop;
                }
            }
        }
        return null;
    }

    /**
     * Runs a statement; {@code shown} is it as psql sends it (with its semicolon), for an error's LINE;
     * {@code \gx} asks for expanded output for this one statement only.
     */
    private Integer runQuery(String sql, String shown, boolean expanded) {
        previousQuery = sql;
        return outcome(() -> {
            PrintOptions before = session.print();
            if (expanded) {
                session.print(before.withExpanded(true));
            }
            long started = System.nanoTime();
            try {
                session.runSql(sql, shown);
            } finally {
                session.print(before);
            }
            if (SchemaChanges.affects(sql)) {
                events.namesMayHaveChanged();
            }
            if (meta.timing()) {
                reportTime(System.nanoTime() - started);
            }
            return ExitCode.OK;
        });
    }

    /** psql's {@code Time: 12.345 ms}, with {@code (mm:ss.fff)} past a second; beside data formats on stderr. */
    private void reportTime(long nanos) {
        double millis = nanos / 1e6;
        String line = String.format(java.util.Locale.ROOT, "Time: %.3f ms", millis);
        if (millis >= 1000) {
            long total = Math.round(millis);
            line += String.format(java.util.Locale.ROOT, " (%02d:%02d.%03d)", total / 60000, total / 1000 % 60, total % 1000);
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

    private Integer outcome(Step step) {
        try {
            int code = step.run();
            if (code != ExitCode.OK) {
                return stopOrContinue(code);
            }
            return null;
        } catch (WadbException e) {
            return failed(e);
        } catch (IOException e) {
            session.err().println("wadb: could not write output: " + e.getMessage());
            return stopOrContinue(ExitCode.USAGE);
        }
    }

    /** psql's {@code FILE:LINE: } before a message while a script file runs, else nothing. */
    private String location() {
        return file == null ? "" : "wadb:" + file + ":" + lineNumber + ": ";
    }

    /**
     * Reports a failure: the server's text as psql prints it, wadb's own in one line; an exit code when the run
     * must end now, else null.
     */
    private Integer failed(WadbException e) {
        if (e instanceof ServerMessageException) {
            session.err().println(location() + e.getMessage());
        } else {
            // psql's own errors in a script read FILE:LINE: error: …
            session.err().println((file == null ? "wadb: " : location() + "error: ") + e.getMessage());
        }
        return stopOrContinue(e.exitCode());
    }

    private Integer stopOrContinue(int code) {
        if (interactive) {
            return null;
        }
        if (code == ExitCode.CONNECTION) {
            return code;
        }
        if (failure == ExitCode.OK) {
            failure = code;
        }
        return session.options().onErrorStop() ? code : null;
    }

    @FunctionalInterface
    private interface Step {
        int run() throws IOException;
    }
}
