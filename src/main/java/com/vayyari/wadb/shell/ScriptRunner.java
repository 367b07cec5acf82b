package com.vayyari.wadb.shell;

import com.vayyari.wadb.ExitCode;
import com.vayyari.wadb.WadbException;
import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
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
    private boolean failed;

    public ScriptRunner(Session session, CommandFactory factory) {
        this.session = session;
        this.commands = new CommandDispatcher(factory);
        this.meta = new MetaCommands(session, this);
    }

    public int runText(String text, String source) {
        return run(new StringReader(text), source);
    }

    public int runFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
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
        StatementSplitter splitter = new StatementSplitter();
        BufferedReader lines = new BufferedReader(reader, 1 << 16);
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (!splitter.incomplete() && Commands.isCommandLine(line)) {
                    String commandLine = line;
                    Integer stop = outcome(() -> commands.run(commandLine, session));
                    if (stop != null) {
                        return stop;
                    }
                    continue;
                }
                for (Piece piece : splitter.feed(line)) {
                    Integer stop = execute(piece);
                    if (stop != null) {
                        return stop;
                    }
                }
            }
            Optional<Piece> last = splitter.finish();
            if (last.isPresent()) {
                Integer stop = execute(last.get());
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
        }
        return failed ? ExitCode.COMMAND : ExitCode.OK;
    }

    /** Runs one piece; returns an exit code when the run must end now, else null. */
    private Integer execute(Piece piece) {
        if (piece instanceof Piece.Sql sql) {
            return outcome(() -> {
                session.runSql(sql.text());
                return ExitCode.OK;
            });
        }
        Piece.Meta command = (Piece.Meta) piece;
        return outcome(() -> meta.run(command));
    }

    private Integer outcome(Step step) {
        try {
            int code = step.run();
            if (code == MetaCommands.QUIT) {
                return failed ? ExitCode.COMMAND : ExitCode.OK;
            }
            if (code != ExitCode.OK) {
                return stopOrContinue(code);
            }
            return null;
        } catch (WadbException e) {
            session.err().println("wadb: " + e.getMessage());
            return stopOrContinue(e.exitCode());
        }
    }

    private Integer stopOrContinue(int code) {
        if (code == ExitCode.CONNECTION) {
            return code;
        }
        failed = true;
        return session.options().onErrorStop() ? ExitCode.COMMAND : null;
    }

    @FunctionalInterface
    private interface Step {
        int run();
    }
}
