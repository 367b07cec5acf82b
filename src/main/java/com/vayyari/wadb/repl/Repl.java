package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.db.Connector;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.MetaCommands;
import com.vayyari.wadb.meta.QueryStore;
import com.vayyari.wadb.script.InputState;
import com.vayyari.wadb.script.ScriptEvents;
import com.vayyari.wadb.script.ScriptRunner;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.TerminalRelay;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.postgresql.core.TransactionState;

/**
 * The interactive shell: JLine reads complete statements (the splitter decides what is complete), the same
 * {@link ScriptRunner} as piped input runs them, and errors are reported without ending the session. Ctrl-C while
 * a statement runs cancels it on the server, at the prompt it clears the line, and it never ends the shell; Ctrl-D
 * or {@code \q} leaves. Long results go through the pager; a lost connection is reported and made again.
 */
public final class Repl {

    private final Session session;
    private final ScriptRunner runner;
    private final Terminal terminal;
    private final LineReader reader;
    private final Prompt prompt;
    private final CatalogCache catalog;
    private final Editor editor;
    private final String pagerCommand;
    private final boolean stdoutIsTerminal;
    private final Path historyFile;
    /** The caller's terminal when a warm server runs this shell; null on this process's own. */
    private final TerminalRelay relay;
    private String prefill;

    private Repl(Session session, CommandFactory factory, Map<String, String> env, boolean lineEditing)
            throws IOException {
        this.session = session;
        this.stdoutIsTerminal = session.invocation().terminals().stdout();
        this.runner = new ScriptRunner(session, factory, true).events(new ScriptEvents() {
            @Override
            public void namesMayHaveChanged() {
                catalog.refresh();
            }

            @Override
            public Optional<String> edit(String buffer, String text, String file) {
                return Repl.this.edit(buffer, text, file);
            }

            @Override
            public void watchStarts() {
                // psql never pages \watch: each run would wait in the pager.
                if (session.output() instanceof OutputTarget target) {
                    target.screen(null);
                }
            }
        });
        this.relay = session.invocation().relay();
        this.terminal = ReplTerminal.build(relay, lineEditing);
        this.prompt = new Prompt(session);
        this.editor = new Editor(env, session.invocation().workingDirectory(), relay);
        this.pagerCommand = env.containsKey("PAGER") ? env.get("PAGER") : "less -SRXF";
        this.catalog = new CatalogCache(() -> Connector.open(session.settings()));
        CommandShapes shapes = CommandShapes.inBackground(factory);
        QueryStore saved = QueryStore.inConfigDirectory(session.invocation());
        SqlCompleter completer = new SqlCompleter(shapes, catalog::ready,
                MetaCommands.summaries(), () -> savedNames(saved),
                new FileCandidates(session.invocation().workingDirectory()));
        StatementParser parser = new StatementParser(prompt, new Suggest(shapes),
                () -> runner.incomplete() && !runner.copying(), runner::copying);
        this.historyFile = lineEditing
                ? session.invocation().resolve(History.file(env, session.invocation().accountHome())) : null;
        this.reader = lineEditing ? ReplReader.build(terminal, parser, completer, session.options().color(), historyFile)
                : ReplReader.plain(terminal, parser);
        // Ctrl-C outside the prompt cancels the running statement, whatever runs: the shell never dies of it.
        terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
        session.interaction().completionRefresher(catalog::refresh);
        session.interaction().terminalWidth(terminal::getWidth);
    }

    public static int start(Session session, CommandFactory factory, Map<String, String> env) {
        return start(session, factory, env, Optional.empty(), true);
    }

    /**
     * The shell, after running {@code startupFile} (psql's ~/.psqlrc) through the shell's own runner, so the
     * variables it sets hold at the prompt; as in psql, its output comes before the welcome line.
     */
    public static int start(Session session, CommandFactory factory, Map<String, String> env, Optional<Path> startupFile,
                            boolean lineEditing) {
        Repl repl;
        try {
            repl = new Repl(session, factory, env, lineEditing);
        } catch (IOException e) {
            throw WadbException.usage("cannot start the terminal: " + e.getMessage());
        }
        try {
            startupFile.ifPresent(repl.runner::runFile);
            return repl.loop();
        } finally {
            repl.catalog.close();
        }
    }

    private int loop() {
        welcome();
        catalog.refresh();
        while (true) {
            String text;
            try {
                String shown = runner.copying() ? prompt.copy()
                        : runner.incomplete() ? prompt.continuation(runner.promptState())
                        : prompt.primary(runner.skipping() ? '@' : '=');
                text = reader.readLine(shown, null, (org.jline.reader.MaskingCallback) null, takePrefill());
            } catch (UserInterruptException e) {
                runner.resetBuffer();  // as psql: Ctrl-C at the prompt drops the query buffer too
                continue;
            } catch (EndOfFileException e) {
                if (runner.copying()) {  // Ctrl-D ends the COPY data, not the shell
                    runner.finish();
                    continue;
                }
                terminal.writer().println("\\q");
                return ExitCode.OK;
            } catch (java.io.IOError e) {
                // The terminal went away (window closed, ssh dropped): leave as on Ctrl-D.
                return ExitCode.OK;
            }
            if (historyFile != null) {
                History.restrictPermissions(historyFile);
            }
            Integer exit = runAll(text);
            if (exit != null) {
                return exit;
            }
        }
    }

    private String takePrefill() {
        String text = prefill;
        prefill = null;
        return text;
    }

    /**
     * {@code \e}, wherever the runner reads it: the text goes to the editor; what comes back runs when it is
     * finished, else waits in the line editor to be finished. Nothing changed: the buffer comes back to the line.
     */
    private Optional<String> edit(String buffer, String text, String file) {
        String pending = buffer.strip();
        Optional<String> edited;
        try {
            edited = editor.edit(text, file);
        } catch (WadbException e) {
            prefill = pending.isEmpty() ? null : pending;
            throw e;
        }
        if (edited.isEmpty()) {
            terminal.writer().println("No changes.");
            prefill = pending.isEmpty() ? null : pending;
            return Optional.empty();
        }
        if (InputState.pendingState(edited.get(), false) != 0) {
            prefill = edited.get();
            return Optional.empty();
        }
        terminal.writer().println(edited.get());
        terminal.flush();
        reader.getHistory().add(edited.get());
        return edited;
    }

    /**
     * Runs every line of an accepted input; the exit code when the shell must end (\q: 0; stdout closed: psql's
     * death by SIGPIPE, silently), else null.
     */
    private Integer runAll(String text) {
        OutputTarget target = session.output() instanceof OutputTarget t ? t : null;
        PagedOutput paged = target != null ? pager(target) : null;
        try {
            for (String line : text.split("\n", -1)) {
                if (paged != null) {
                    target.screen(paged);
                }
                Integer exit = runLine(line);
                if (exit != null) {
                    return exit;
                }
            }
            return null;
        } finally {
            if (paged != null) {
                target.screen(null);
                closeQuietly(paged);
            }
            terminal.flush();
        }
    }

    /** Runs one line; reports a lost connection and makes it again; the exit code when the shell must end. */
    private Integer runLine(String line) {
        boolean wasConnected = session.connected();
        TransactionState before = wasConnected ? transactionState() : TransactionState.IDLE;
        Optional<String> typo = runner.incomplete() || runner.copying() ? Optional.empty() : CommandTypo.hint(line);
        if (typo.isPresent()) {
            session.err().println(typo.get());
            return null;
        }
        try {
            return runner.feed(line);
        } catch (RuntimeException e) {
            session.err().println("wadb: internal error: " + e);
            return null;
        } finally {
            if (wasConnected && !session.connected()) {
                reconnect(before);
            }
        }
    }

    private TransactionState transactionState() {
        try {
            return session.runner().transactionState();
        } catch (SQLException | RuntimeException e) {
            return TransactionState.IDLE;
        }
    }

    /** After the server went away: say so, say what was lost, and connect again now (or at the next command). */
    private void reconnect(TransactionState before) {
        var err = session.err();
        err.println("wadb: the server went away; reconnecting to " + session.settings().hostList() + "/"
                + session.settings().database() + " ...");
        if (before != TransactionState.IDLE) {
            err.println("wadb: the transaction that was open is lost: none of its changes were committed.");
        }
        try {
            session.runner();
            err.println("wadb: connected again.");
        } catch (WadbException e) {
            err.println("wadb: " + e.getMessage() + " (the next command tries again)");
        }
        catalog.refresh();
    }

    /** Results on their way to stdout: through the pager when wanted, and stopped by Ctrl-C in any case. */
    private PagedOutput pager(OutputTarget target) {
        boolean wanted = session.interaction().pager() && stdoutIsTerminal && pagerCommand != null
                && !pagerCommand.isBlank();
        // a warm server's shell has the pager run by the caller's process, on the caller's terminal
        PagedOutput.PagerStarter pager = relay == null ? PagedOutput.process(pagerCommand)
                : PagedOutput.relayed(relay, pagerCommand, session.invocation());
        return new PagedOutput(target.stdout(), wanted ? terminal.getHeight() : 0, terminal.getWidth(), pager,
                session::cancels, () -> session.interaction().pagerMode() > 1);
    }

    private static void closeQuietly(PagedOutput paged) {
        try {
            paged.close();
        } catch (IOException e) {
            // The terminal is gone; nothing more can be shown.
        }
    }

    private static java.util.Collection<String> savedNames(QueryStore store) {
        try {
            return store.load().keySet();
        } catch (WadbException e) {
            return java.util.List.of();
        }
    }

    private void welcome() {
        String server;
        try {
            // Sent by the server when it accepted the connection: no query, and none of the driver's metadata
            // classes, before the first prompt.
            server = "PostgreSQL " + session.connection().unwrap(org.postgresql.PGConnection.class)
                    .getParameterStatus("server_version");
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
        terminal.writer().println("wadb — " + server + " at " + session.settings().hostList() + "/"
                + session.settings().database() + ". Type \"help\" for commands, \\? for backslash commands, \\q to quit.");
        terminal.flush();
    }
}
