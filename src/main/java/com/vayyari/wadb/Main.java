package com.vayyari.wadb;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.config.ConnectionResolver;
import com.vayyari.wadb.config.ConnectionSettings;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.ServerMessageException;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.script.CommandDispatcher;
import com.vayyari.wadb.script.ScriptRunner;
import com.vayyari.wadb.session.HelpWidth;
import com.vayyari.wadb.session.Invocation;
import com.vayyari.wadb.session.OutputOptions;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Prompter;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.SessionOptions;
import com.vayyari.wadb.session.SingleTransaction;
import com.vayyari.wadb.session.StartupFile;
import com.vayyari.wadb.session.PrintSettings;
import com.vayyari.wadb.session.TerminalFlags;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The command line: global options, the domain commands as subcommands, and the choice between running
 * {@code -c}/{@code -f}, reading piped stdin, or starting the REPL.
 */
@Command(name = "wadb", versionProvider = Main.Version.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Interactive SQL shell for the WhatsApp data database (whatsapp_vayyari_data).",
                "Without a command: the REPL on a terminal, else statements and commands read from stdin."},
        footer = {"", "Connection: --url > -h/-p/-U/-d > $VAYYARI_WA_DB_CONNECTION_STRING > ./.env > PG* variables >",
                "  postgresql://postgres:***@localhost:5432/whatsapp_vayyari_data",
                "Exit codes: 0 ok, 1 wadb error (bad argument or file), 2 connection failed or lost,",
                "  3 an SQL or command error in non-interactive input."})
public final class Main implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "postgresql://user:pass@host:port/db?sslmode=... (multi-host allowed)")
    String url;

    @Option(names = {"-h", "--host"}, paramLabel = "HOST", scope = ScopeType.INHERIT, description = "Server host(s).")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", scope = ScopeType.INHERIT, description = "Server port.")
    Integer port;

    @Option(names = {"-U", "--username"}, paramLabel = "USER", scope = ScopeType.INHERIT, description = "Role name.")
    String user;

    @Option(names = {"-d", "--dbname"}, paramLabel = "DB", scope = ScopeType.INHERIT, description = "Database name.")
    String database;

    @Option(names = {"-W", "--password"}, scope = ScopeType.INHERIT, description = "Prompt for the password.")
    boolean promptPassword;

    @Mixin
    OutputOptions outputOptions = new OutputOptions();

    /** -c texts and -f files in command-line order (psql runs them so); a file is a null text then its name. */
    private final List<String[]> actions = new ArrayList<>();

    @Option(names = {"-c", "--command"}, paramLabel = "SQL", description = "Run SQL or a command, then exit (repeatable).")
    void command(String sql) {
        actions.add(new String[] {sql, null});
    }

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Run statements from FILE (- for stdin), then exit.")
    void file(String name) {
        actions.add(new String[] {null, name});
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No command tags or informational messages.")
    boolean quiet;

    @Option(names = {"-X", "--no-psqlrc"}, description = "Do not read the start-up file (~/.wadbrc or $WADBRC).")
    boolean noRc;

    @Mixin
    VariableFlags variableFlags = new VariableFlags();

    /** psql's variables as the command line set them, in its order ({@code -v}, and the flags that set ECHO…). */
    final Map<String, String> variables = variableFlags.variables;

    @Mixin
    PsqlFlags psql = new PsqlFlags();


    @Option(names = "--continue-on-error", description = "Go on after an error in non-interactive input.")
    boolean continueOnError;

    @Option(names = "--read-only", scope = ScopeType.INHERIT, description = "Refuse writes (default_transaction_read_only).")
    boolean readOnly;

    @Option(names = "--timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "statement_timeout for every statement.")
    int timeoutSeconds;

    @Option(names = "--replica", scope = ScopeType.INHERIT,
            description = "Send read-only work to a standby when one answers; writes go to the primary.")
    boolean replica;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour or bold (also NO_COLOR=1).")
    boolean noColor;

    @Option(names = {"-?", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    private final Invocation invocation;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> env;
    private OutputTarget output;
    private volatile Session session;  // volatile: cancel() reads it from another thread
    private volatile boolean cancelled;

    Main(Invocation invocation) {
        this.invocation = invocation;
        this.stdin = invocation.stdin();
        this.stdout = invocation.stdout();
        this.stderr = invocation.stderr();
        this.env = invocation.env();
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new ProcessStdout(), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        Map<String, String> env = System.getenv();
        java.io.Console console = System.console();
        TerminalFlags terminals = ProcessTerminals.probe();
        com.vayyari.wadb.repl.TerminalPreload.startIfInteractive(args, terminals.stdin(), env);
        Invocation invocation = new Invocation(System.in, out, err, env, Path.of("").toAbsolutePath(),
                terminals, processUmask(), Invocation.zone(env, ZoneId.systemDefault()),
                Path.of(System.getProperty("user.home")), console == null ? null : new ConsolePrompter(console));
        // Ctrl-C or SIGTERM ends this JVM; a COMMIT must not slip out meanwhile, so the hook cancels first.
        int code = run(args, invocation, cancel -> Runtime.getRuntime().addShutdownHook(new Thread(cancel, "wadb-exit")));
        out.flush();
        System.exit(code);
    }

    /** The whole program, for end-to-end tests: a call with no terminal. */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
                          Map<String, String> env, Path workingDirectory) {
        return run(args, stdin, stdout, stderr, env, workingDirectory, cancel -> { });
    }

    /**
     * The whole program, handing {@code cancellation} the action that stops it from another thread when the
     * caller has gone: what runs is cancelled on the server, loops such as {@code --follow} end, the transaction
     * a command began rolls back and nothing more runs. The warm server calls it when its client goes away; a
     * direct run, when its JVM is being shut down (Ctrl-C, SIGTERM).
     */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
                          Map<String, String> env, Path workingDirectory,
                          java.util.function.Consumer<Runnable> cancellation) {
        return run(args, Invocation.detached(stdin, stdout, stderr, env, workingDirectory, ZoneId.systemDefault(),
                Path.of(System.getProperty("user.home"))), cancellation);
    }

    /**
     * The whole program for one call, whose process facts are {@code invocation}: the launcher's own, or
     * those a warm client relayed. Nothing beneath reads them from this JVM.
     */
    public static int run(String[] args, Invocation invocation, java.util.function.Consumer<Runnable> cancellation) {
        PrintStream stdout = invocation.stdout();
        PrintStream stderr = invocation.stderr();
        Main main = new Main(invocation);
        cancellation.accept(main::cancel);
        CommandLine cli = CommandTree.build(main, new CommandDispatcher(new CommandFactory(main::session)).factory(),
                args, stdout, stderr);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, stderr));
        if (java.util.Arrays.asList(args).contains("--help") || args.length > 0 && args[0].equals("help")) {
            cli.setUsageHelpWidth(HelpWidth.of(invocation, 0));  // asked only for help: it may run stty
        }
        int code;
        try {
            code = cli.execute(args);
            if (code == ExitCode.OK && main.output != null) {
                main.output.commit();
            }
        } catch (IOException | RuntimeException e) {
            code = report(e, stderr);
        } finally {
            if (main.session != null) {
                main.session.close();
            }
        }
        if (code != ExitCode.OK && main.output != null) {
            main.output.abort();
        }
        return code;
    }

    /** One line on stderr for any failure; the exit code it stands for. Never a stack trace. */
    static int report(Exception e, PrintStream stderr) {
        if (e instanceof com.vayyari.wadb.exit.StdoutClosedException closed) {
            return closed.exitCode();  // as psql, which SIGPIPE ends without a word
        }
        if (e instanceof ServerMessageException failure) {
            stderr.println(failure.getMessage());  // the server's text, as psql prints it
            return failure.exitCode();
        }
        if (e instanceof WadbException failure) {
            stderr.println("wadb: " + failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof java.io.UncheckedIOException) {
            stderr.println("wadb: " + e.getMessage());
            return ExitCode.USAGE;
        }
        stderr.println("wadb: internal error: " + e);
        return ExitCode.USAGE;
    }

    /** No subcommand: -c/-f, then piped stdin, or the REPL on a terminal. */
    @Override
    public Integer call() throws IOException {
        variableFlags.check();
        psql.refuseMistypedCommand();
        boolean interactive = actions.isEmpty() && invocation.terminals().stdin()
                && outputOptions.file() == null;
        if (psql.singleTransaction && interactive && !psql.list) {
            throw WadbException.usage("error: -1 can only be used in non-interactive mode");
        }
        Session s = session();
        ScriptRunner runner = new ScriptRunner(s, new CommandFactory(this::session));
        if (interactive && !psql.list) {
            return com.vayyari.wadb.repl.Repl.start(s, new CommandFactory(this::session), env, startupFile(),
                    !psql.noReadline);
        }
        startupFile().ifPresent(runner::runFile);
        if (psql.list) {
            return runner.runText("\\l", "-l");
        }
        if (!psql.singleTransaction) {
            return runInput(runner);
        }
        SingleTransaction transaction = new SingleTransaction(s);
        if (!transaction.begin() && s.options().onErrorStop()) {
            return ExitCode.COMMAND;
        }
        int code = runInput(runner);
        return transaction.end(code, s.options().onErrorStop());
    }

    /** The non-interactive input: -c and -f in order, else stdin. */
    private int runInput(ScriptRunner runner) {
        if (actions.isEmpty()) {
            return runner.runStream(stdin, "stdin");
        }
        int code = ExitCode.OK;
        for (String[] action : actions) {
            String name = action[1];
            if (name == null) {
                code = runner.runText(action[0], "-c");
            } else {
                code = name.equals("-") ? runner.runStream(stdin, "<stdin>") : runner.runFile(Path.of(name));
            }
            // as psql: without ON_ERROR_STOP the next -c or -f runs all the same
            if (code != ExitCode.OK && (session.options().onErrorStop() || ExitCode.endsTheRun(code))) {
                return code;
            }
        }
        return code;
    }

    /** psql's ~/.psqlrc: wadb's start-up file, to run before the input; none with -X. */
    private java.util.Optional<Path> startupFile() {
        return noRc ? java.util.Optional.empty()
                : StartupFile.find(invocation, new Version().getVersion()[0].substring("wadb ".length()));
    }

    /** The caller is gone: what runs is cancelled, nothing more runs, and nothing the call began commits. */
    private void cancel() {
        cancelled = true;
        Session current = session;
        if (current != null) {
            current.end();
        }
    }

    /** The session, built from the options on first use (after parsing, so options of any position count). */
    Session session() {
        if (session == null) {
            if (cancelled) {  // the user had gone before the command began: run nothing at all
                throw WadbException.usage("cancelled");
            }
            ConnectionSettings settings = new ConnectionResolver(env, invocation.workingDirectory())
                    .resolve(psql.connectionFlags(url, host, port, user, database, quiet, stderr));
            if (promptPassword && !psql.noPassword) {
                settings = settings.withPassword(readPassword(settings));
            }
            output = new OutputTarget(stdout, invocation.fileModes());
            Path outputFile = outputOptions.file();
            if (outputFile != null) {
                try {
                    output.redirect(invocation.resolve(outputFile));
                } catch (IOException e) {
                    throw WadbException.usage("cannot write " + outputFile + ": " + e.getMessage());
                }
            }
            session = new Session(settings, printOptions(), sessionOptions(), output, stderr, invocation);
            variables.forEach((name, value) -> session.variables().set(name, value));
            PrintSettings.apply(session, psql.printSettings);
            if (psql.logFile != null) {
                session.logTo(invocation.resolve(psql.logFile));
            }
            if (cancelled) {  // cancel() came while the session was being made, too early to reach it
                throw WadbException.usage("cancelled");
            }
        }
        return session;
    }

    private String readPassword(ConnectionSettings settings) {
        Prompter prompter = invocation.terminalPrompter();
        if (prompter == null) {
            throw WadbException.usage("-W needs a terminal to read the password from (or use PGPASSWORD / .pgpass)");
        }
        char[] password = prompter.readPassword("Password for user " + settings.user() + ": ");
        return password == null ? null : new String(password);
    }

    private PrintOptions printOptions() {
        PrintOptions options = outputOptions.applyTo(PrintOptions.defaults());
        String fetchCount = variables.get("FETCH_COUNT");
        return fetchCount == null ? options : options.withFetchCount(com.vayyari.wadb.session.PrintSettings.fetchCount(fetchCount));
    }

    private SessionOptions sessionOptions() {
        // A -v ON_ERROR_STOP reaches the session through its variables (VariableEffects), like a \set of it.
        boolean onErrorStop = !continueOnError;
        boolean readOnlyVariable = SessionOptions.readOnlyVariable(env.get("WADB_READ_ONLY"));  // junk is an error either way
        boolean readOnlySession = readOnly || readOnlyVariable;
        boolean color = !noColor && !env.containsKey("NO_COLOR") && invocation.terminals().stdout() && outputOptions.file() == null;
        return new SessionOptions(quiet, onErrorStop, readOnlySession, timeoutSeconds, color, replica);
    }

    /** Which of this process's descriptors 0-2 are terminals, read without loading JLine (start-up time matters). */
    private static final class ProcessTerminals {
        static TerminalFlags probe() {
            return new TerminalFlags(isTerminal(0), isTerminal(1), isTerminal(2), StdoutWidth::columns);
        }

        private static boolean isTerminal(int fd) {
            try {
                String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
    }

    /** This process's umask (Linux's /proc/self/status), so files get the modes open(2) would give; else null. */
    private static Integer processUmask() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or no such line (before 4.7): the process's own umask still applies to what it creates.
        }
        return null;
    }

    /** Version from the jar manifest, "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"wadb " + (version == null ? "dev" : version)};
        }
    }
}
