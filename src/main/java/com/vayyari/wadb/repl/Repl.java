package com.vayyari.wadb.repl;

import com.vayyari.wadb.ExitCode;
import com.vayyari.wadb.WadbException;
import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.shell.ScriptRunner;
import com.vayyari.wadb.shell.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: JLine reads complete statements (the splitter decides what is complete), the same
 * {@link ScriptRunner} as piped input runs them, and errors are reported without ending the session.
 * Ctrl-C while a statement runs cancels it on the server; at the prompt it clears the line; Ctrl-D or
 * {@code \q} leaves.
 */
public final class Repl {

    private final Session session;
    private final ScriptRunner runner;
    private final Terminal terminal;
    private final LineReader reader;
    private final Prompt prompt;

    private Repl(Session session, CommandFactory factory, Map<String, String> env) throws IOException {
        this.session = session;
        this.runner = new ScriptRunner(session, factory, true);
        this.terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build();
        this.prompt = new Prompt(session);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("wadb")
                .parser(new StatementParser(prompt))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M")
                .variable(LineReader.HISTORY_FILE, History.file(env))
                .variable(LineReader.HISTORY_IGNORE, History.IGNORE_PATTERN)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        History.restrictPermissions(History.file(env));
    }

    public static int start(Session session, CommandFactory factory, Map<String, String> env) {
        try {
            return new Repl(session, factory, env).loop();
        } catch (IOException e) {
            throw WadbException.usage("cannot start the terminal: " + e.getMessage());
        }
    }

    private int loop() {
        welcome();
        while (true) {
            String text;
            try {
                text = reader.readLine(prompt.primary());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                terminal.writer().println("\\q");
                return ExitCode.OK;
            } catch (java.io.IOError e) {
                // The terminal went away (window closed, ssh dropped): leave as on Ctrl-D.
                return ExitCode.OK;
            }
            History.restrictPermissions(Path.of(String.valueOf(reader.getVariable(LineReader.HISTORY_FILE))));
            if (runAll(text)) {
                return ExitCode.OK;
            }
        }
    }

    /** Runs every line of an accepted buffer; true when the user asked to quit. */
    private boolean runAll(String text) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
        try {
            for (String line : text.split("\n", -1)) {
                Integer stop = runner.feed(line);
                if (stop != null) {
                    return true;
                }
            }
            return false;
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.flush();
        }
    }

    private void welcome() {
        String server;
        try {
            server = "PostgreSQL " + session.connection().getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            throw session.sqlFailure(e);
        }
        terminal.writer().println("wadb — " + server + " at " + session.settings().hostList() + "/"
                + session.settings().database() + ". Type \"help\" for commands, \\? for backslash commands, \\q to quit.");
        terminal.flush();
    }
}
