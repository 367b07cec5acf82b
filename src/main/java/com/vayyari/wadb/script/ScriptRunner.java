package com.vayyari.wadb.script;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.ServerMessageException;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.meta.KnownCommands;
import com.vayyari.wadb.meta.MetaCommands;
import com.vayyari.wadb.meta.Watch;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.Piece;
import com.vayyari.wadb.sql.StatementList;
import com.vayyari.wadb.sql.StatementSplitter;
import com.vayyari.wadb.sql.Substitution;
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
 *
 * <p>It is psql's MainLoop: it owns the query buffer, the previous query and this input's {@code \if} stack, and
 * hands the lexer the session's variables (none inside a branch not taken, as psql does).
 */
public final class ScriptRunner {

    private final Session session;
    private final CommandDispatcher commands;
    private final MetaCommands meta;
    private final StatementSplitter splitter = new StatementSplitter();
    private final Watch watch;
    private final boolean interactive;
    private final ExitRules exits;
    private final Echo echo;
    private final StatementSender sender;
    /** psql's previous_buf: the last statement sent, what {@code \g}, {@code \watch}, {@code \save} use when the buffer is empty. */
    private String previousQuery;
    private Path currentDirectory;
    private ScriptEvents events = ScriptEvents.NONE;
    /** The script file being read and its line now, for psql's {@code FILE:LINE:} before messages; null for stdin and -c. */
    private String file;
    private int lineNumber;
    private final Conditionals conditions;
    /** True while lines come from a file or stream (a start-up file in the REPL too), not typed at the prompt. */
    private boolean readingInput;
    private final Substitution substitution;

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
        this.exits = new ExitRules(session, interactive);
        this.echo = new Echo(session, interactive);
        this.sender = new StatementSender(session, exits, echo, interactive);
        this.conditions = new Conditionals(splitter::mark, splitter::rewind);
        this.substitution = new SessionSubstitution(session, conditions);
        this.splitter.substitution(substitution);
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
            return Timing.around(session, meta.timing(), () -> commands.run(line, session));
        } finally {
            if (Commands.addsNames(line)) {
                events.namesMayHaveChanged();
            }
        }
    }

    public int runText(String text, String source) {
        exits.commandDoor();
        sender.commandDoor();
        if (!InputState.isCommandLine(text, false) && StatementList.sentWhole(text)) {
            // psql sends a -c text of plain SQL as it is, in one message: one implicit transaction for all of it.
            Integer stop = execute(new Piece.Sql(text, false));
            return stop != null ? stop : endCode();
        }
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
        boolean outerReading = readingInput;
        readingInput = true;
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
            if (conditions.open()) {
                stop = failed(WadbException.command("reached EOF without finding closing \\endif(s)"));
                if (stop != null) {
                    return stop;
                }
            }
        } catch (CharacterCodingException e) {
            session.err().println("wadb: " + source + ": invalid UTF-8 at line " + (lineNumber + 1));
            return ExitCode.USAGE;
        } catch (IOException e) {
            session.err().println("wadb: " + source + ": " + e.getMessage());
            return ExitCode.USAGE;
        } finally {
            session.messageLocation(outerLocation);
            readingInput = outerReading;
        }
        return endCode();
    }

    /**
     * Feeds one input line; runs whatever it completes. Returns an exit code when the input must end now
     * ({@code \q}, a lost connection, or an error with ON_ERROR_STOP), else null.
     */
    public Integer feed(String line) {
        if (sender.copying()) {
            return sender.copyLine(line);
        }
        echo.line(line, splitter.promptState());
        if (interactive && !readingInput && QuitWords.quits(line, !splitter.incomplete(), splitter.promptState(),
                session.invocation().stdout())) {
            return endCode();
        }
        if (InputState.isCommandLine(line, splitter.incomplete())) {
            return conditions.active() ? outcome(() -> runCommandLine(line)) : null;
        }
        Integer[] stop = {null};
        // Each piece runs as soon as it is read, so the rest of the line sees what it did (\set, \if, COPY).
        splitter.feed(line, piece -> {
            stop[0] = execute(piece);
            return stop[0] == null && !sender.copying();
        });
        return stop[0];
    }

    /** At the end of the input: runs an unterminated last statement, as psql does in scripts. */
    public Integer finish() {
        if (sender.copying()) {
            return sender.endCopy();
        }
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

    /** True while the lines typed are COPY data (the REPL shows PROMPT3 and takes every line as it is). */
    public boolean copying() {
        return sender.copying();
    }

    /** True inside an {@code \\if} branch not taken (psql's prompt shows {@code @}). */
    public boolean skipping() {
        return !conditions.active();
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
        if (piece instanceof Piece.Meta restricted && session.restrictKey() != null
                && !restricted.command().equals("unrestrict")) {  // psql's rule, in any branch
            return failed(WadbException.command("backslash commands are restricted; only \\unrestrict is allowed"));
        }
        if (piece instanceof Piece.Meta command && Branches.isBranch(command.command())) {
            try {
                Branches.apply(command, conditions, () -> metaIntent(command), this::warn);
                return null;
            } catch (WadbException e) {
                return failed(e);
            }
        }
        if (!conditions.active()) {
            // A branch not taken: psql runs nothing of it, not even \q; but a name no psql command has is an error.
            return piece instanceof Piece.Meta unknown && !KnownCommands.known(unknown.command())
                    ? failed(WadbException.command("invalid command \\" + unknown.command())) : null;
        }
        if (piece instanceof Piece.Sql sql) {
            // Sent with its semicolon, as psql sends its query buffer: the server's errors then read as psql's
            // ("at or near \";\"", not "at end of input"), and the previous query, for \g, \p and \e, keeps it.
            return runQuery(new Intent.Exec(sql.asSent(), false), sql.asSent());
        }
        Intent intent;
        try {
            intent = metaIntent((Piece.Meta) piece);
        } catch (WadbException e) {
            return failed(e);
        }
        return carryOut(intent);
    }

    private Intent metaIntent(Piece.Meta command) {
        return meta.run(command, previousQuery(), substitution);
    }

    /** A complaint that is not a failure (psql's invalid {@code \if} expression counts as false and goes on). */
    private void warn(String message) {
        session.error(message);
    }

    /** Does what a backslash command asked for. */
    private Integer carryOut(Intent intent) {
        if (intent instanceof Intent.Quit) {
            return endCode();
        }
        if (intent instanceof Intent.Exec exec) {
            return runQuery(exec, exec.query());
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
        if (intent instanceof Intent.SetFromQuery gset) {
            previousQuery = gset.query();
            return outcome(() -> {
                ResultValues.of(session, gset.query()).setVariables(session, gset.prefix());
                return ExitCode.OK;
            });
        }
        if (intent instanceof Intent.DescribeResult gdesc) {
            previousQuery = gdesc.query();
            return outcome(() -> ResultDescription.print(session, gdesc.query()));
        }
        if (intent instanceof Intent.ExecResult gexec) {
            return execResult(gexec.query());
        }
        if (intent instanceof Intent.ResetBuffer || intent instanceof Intent.Condition) {
            return null;  // the splitter emptied its buffer already
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


    /** Sends a statement ({@code asTyped} is what ECHO shows); {@code \g} and {@code \gx} may set print options and a destination for this one only. */
    private Integer runQuery(Intent.Exec exec, String asTyped) {
        previousQuery = exec.query();
        return sender.send(exec, asTyped, meta.timing(), () -> {
            if (SchemaChanges.affects(exec.query())) {
                events.namesMayHaveChanged();
            }
        });
    }

    /** {@code \gexec}: each value of the query's result runs as a statement of its own, in order. */
    private Integer execResult(String query) {
        previousQuery = query;
        Integer stop = null;
        try {
            for (var values = ResultValues.of(session, query).statements().iterator(); stop == null && values.hasNext(); ) {
                String statement = values.next();
                echo.generated(statement);
                stop = runQuery(new Intent.Exec(statement, false), statement);
            }
        } catch (WadbException e) {
            return failed(e);
        }
        previousQuery = query;  // psql's previous query is the \gexec one, not the last it generated
        return stop;
    }


    private Integer outcome(ExitRules.Step step) {
        return exits.outcome(step);
    }

    /** psql's {@code FILE:LINE: } before a message while a script file runs, else nothing. */
    private String location() {
        return file == null ? "" : "wadb:" + file + ":" + lineNumber + ": ";
    }

    private Integer failed(WadbException e) {
        return exits.failed(e);
    }

    private int endCode() {
        return exits.atEnd();
    }
}
