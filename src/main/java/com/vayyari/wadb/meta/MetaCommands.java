package com.vayyari.wadb.meta;

import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.FILE;
import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.FORMAT;
import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.NONE;
import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.ON_OFF;
import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.RELATION;
import static com.vayyari.wadb.meta.MetaCommand.ArgumentKind.SAVED_QUERY;

import com.vayyari.wadb.db.ServerInfo;
import com.vayyari.wadb.describe.Catalog;
import com.vayyari.wadb.describe.DescribeCommand;
import com.vayyari.wadb.describe.DescribeCommands;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Variables;
import com.vayyari.wadb.sql.Piece;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psql's backslash commands: one static table ({@link #TABLE}) drives dispatch, {@code \?} and completion, and
 * each command is a small method. A handler gets a {@link MetaCall} and returns an {@link Intent}; the script
 * runner carries out what is not done here (send, watch, include, quit). This object holds the session's
 * settings that only backslash commands change: {@code \timing}, {@code \set} variables, the saved queries.
 */
public final class MetaCommands {

    /**
     * Every backslash command wadb has, in {@code \\?} order: the one declaration that dispatch, help and
     * completion read (usql's descs.go). Handlers are methods of this class or of the helpers it owns.
     */
    public static final List<MetaCommand> TABLE = List.of(
            command("q", "\\q", "quit wadb", NONE, (m, call) -> new Intent.Quit()).reading(0),
            command("?", "\\?", "show help on backslash commands", NONE, (m, call) -> m.done(m.help())).reading(1),
            command("g", "\\g [(OPTIONS)] [FILE|\\|CMD]", "send the query buffer (or the last query); results to FILE or a command",
                    FILE,
                    (m, call) -> QuerySend.intent(call, "g", false)),
            command("gx", "\\gx [(OPTIONS)] [FILE|\\|CMD]", "as \\g, with expanded output for this query only", FILE,
                    (m, call) -> QuerySend.intent(call, "gx", true)),
            command("crosstabview", "\\crosstabview [COLV [COLH [COLD [SORTCOLH]]]]",
                    "run the query buffer (or the last query) and show it as a crosstab", NONE, (m, call) -> Crosstab.intent(call)).reading(4),
            command("x", "\\x [on|off|auto]", "toggle expanded output", ON_OFF, (m, call) -> m.done(m.pset.expanded(call.args()))).reading(1),
            command("a", "\\a", "toggle between unaligned and aligned output", NONE, (m, call) -> m.done(m.pset.toggleAligned())).reading(0),
            command("H", "\\H", "toggle HTML output mode", NONE, (m, call) -> m.done(m.pset.toggleHtml())).reading(0),
            command("html", "\\html", "as \\H", NONE, (m, call) -> m.done(m.pset.toggleHtml())).reading(0),
            command("T", "\\T [STRING]", "set HTML <table> tag attributes, or unset if none", NONE,
                    (m, call) -> m.done(m.pset.tableAttr(call.first()))).reading(1),
            command("C", "\\C [STRING]", "set table title, or unset if none", NONE,
                    (m, call) -> m.done(m.pset.title(call.first()))).reading(1),
            command("t", "\\t [on|off]", "show only rows", ON_OFF, (m, call) -> m.done(m.pset.tuplesOnly(call.args()))).reading(1),
            command("pset", "\\pset NAME [VALUE]",
                    "set table output option (format, null, tuples_only, footer, expanded, fieldsep, recordsep, …)", FORMAT,
                    (m, call) -> m.done(m.pset.pset(call.args()))).reading(2),
            command("o", "\\o [FILE|\\|CMD]", "send all query results to FILE (written atomically), a command, or stdout", FILE,
                    (m, call) -> m.done(m.redirect(call.args()))).reading(1),
            command("i", "\\i FILE", "execute commands from FILE", FILE, (m, call) -> include(call, "i", false)).reading(1),
            command("ir", "\\ir FILE", "as \\i, relative to the directory of the current script", FILE,
                    (m, call) -> include(call, "ir", true)).reading(1),
            command("timing", "\\timing [on|off]", "time each SQL statement and command", ON_OFF, (m, call) -> m.done(m.timing(call.args()))).reading(1),
            command("h", "\\h [COMMAND]", "help on a wadb command, or where the SQL command is documented", NONE,
                    (m, call) -> m.sqlHelp(call.raw())),
            command("c", "\\c [DBNAME|- USER|- HOST|- PORT|-]", "connect to another database (or a URL or conninfo)", NONE,
                    (m, call) -> new Connect(m.session).run(call.args())).reading(4),
            command("connect", "\\connect ...", "as \\c", NONE, (m, call) -> new Connect(m.session).run(call.args())).reading(4),
            command("encoding", "\\encoding [ENCODING]", "show the client encoding (wadb speaks UTF8 only)", NONE,
                    (m, call) -> new Encoding(m.session).run(call.args())).reading(1),
            command("conninfo", "\\conninfo", "display information about the current connection (password masked)", NONE,
                    (m, call) -> m.done(m.conninfo())).reading(0),
            command("echo", "\\echo [-n] [TEXT]", "write TEXT to standard output (-n for no newline)", NONE,
                    (m, call) -> m.done(m.script.echo(call, false))),
            command("qecho", "\\qecho [-n] [TEXT]", "write TEXT to the query output stream (see \\o)", NONE,
                    (m, call) -> m.done(m.script.echo(call, true))),
            command("warn", "\\warn [-n] [TEXT]", "write TEXT to standard error", NONE, (m, call) -> m.done(m.script.warn(call))),
            command("set", "\\set [NAME [VALUE]]", "set variable, or list all if no parameters", NONE,
                    (m, call) -> m.done(m.script.set(call.args()))),
            command("unset", "\\unset NAME", "unset (delete) variable", NONE, (m, call) -> m.done(m.script.unset(call.args()))).reading(1),
            command("getenv", "\\getenv PSQLVAR ENVVAR", "fetch value of environment variable", NONE,
                    (m, call) -> m.done(m.script.getEnvironment(call.args()))).reading(2),
            command("setenv", "\\setenv NAME [VALUE]", "set or unset environment variable", NONE,
                    (m, call) -> m.done(m.script.setEnvironment(call.args()))).reading(2),
            command("prompt", "\\prompt [TEXT] NAME", "prompt user to set internal variable", NONE,
                    (m, call) -> m.done(m.script.prompt(call.args()))).reading(2),
            command("if", "\\if EXPR", "begin conditional block", NONE, (m, call) -> ScriptCommands.condition("\\if expression", call.args())),
            command("elif", "\\elif EXPR", "alternative within current conditional block", NONE,
                    (m, call) -> ScriptCommands.condition("\\elif expression", call.args())),
            command("else", "\\else", "final alternative within current conditional block", NONE, (m, call) -> Intent.OK).reading(0),
            command("endif", "\\endif", "end conditional block", NONE, (m, call) -> Intent.OK).reading(0),
            command("restrict", "\\restrict KEY", "refuse every backslash command until \\unrestrict KEY (pg_dump)", NONE,
                    (m, call) -> m.done(m.script.restrict(call.args()))).reading(1),
            command("unrestrict", "\\unrestrict KEY", "allow backslash commands again", NONE,
                    (m, call) -> m.done(m.script.unrestrict(call.args()))).reading(1),
            command("errverbose", "\\errverbose", "show most recent error message at maximum verbosity", NONE,
                    (m, call) -> m.done(m.script.errverbose())).reading(0),
            command("p", "\\p", "show the contents of the query buffer", NONE, (m, call) -> m.done(m.script.print(call))).reading(0),
            command("r", "\\r", "reset (clear) the query buffer", NONE, (m, call) -> {
                m.script.reset();
                return new Intent.ResetBuffer();
            }).reading(0),
            command("w", "\\w FILE", "write query buffer to file", FILE, (m, call) -> m.done(m.script.writeBuffer(call))).reading(1),
            command("gset", "\\gset [PREFIX]", "execute query and store result in psql variables", NONE,
                    (m, call) -> new Intent.SetFromQuery(query(call, "gset"), call.first() == null ? "" : call.first())).reading(1),
            command("gdesc", "\\gdesc", "describe result of query, without executing it", NONE,
                    (m, call) -> new Intent.DescribeResult(query(call, "gdesc"))).reading(0),
            command("gexec", "\\gexec", "execute query, then execute each value in its result", NONE,
                    (m, call) -> new Intent.ExecResult(query(call, "gexec"))).reading(0),
            command("!", "\\! [COMMAND]", "execute command in shell or start interactive shell", NONE,
                    (m, call) -> m.done(m.script.shell(call))),
            command("cd", "\\cd [DIR]", "change the current working directory", FILE,
                    (m, call) -> m.done(m.script.changeDirectory(call.args()))).reading(1),
            command("copy", "\\copy ...", "client-side COPY to or from a file, stdin or stdout", NONE,
                    (m, call) -> m.done(new CopyCommand(m.session).run(call.raw()))),
            command("watch", "\\watch [SECONDS]", "run the query buffer (or the last query) every SECONDS (default 2) until Ctrl-C",
                    NONE, (m, call) -> Watch.intent(call)).reading(1),
            command("e", "\\e [FILE]", "edit the query buffer (or the last query, or FILE) with $EDITOR, then run it", FILE,
                    (m, call) -> QuerySend.edit(call)).reading(2),
            command("refresh", "\\refresh", "reload the table, column and chat names that complete", NONE,
                    (m, call) -> m.done(m.refresh())).reading(0),
            command("save", "\\save NAME", "save the last query as NAME ($1 or :name placeholders allowed)", NONE,
                    (m, call) -> m.done(m.saved().save(call.args(), call.previousQuery()))).reading(1),
            command("run", "\\run NAME [VALUE...]", "run saved query NAME with VALUEs for its placeholders", SAVED_QUERY,
                    (m, call) -> m.done(m.saved().run(call.args()))),
            command("saved", "\\saved", "list the saved queries", NONE, (m, call) -> m.done(m.saved().list())).reading(0));

    private static final Map<String, MetaCommand> BY_NAME = TABLE.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(MetaCommand::name, c -> c));

    private final Session session;
    private final Catalog catalog;
    private final ScriptCommands script;
    private final PsetCommands pset;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final java.util.function.Supplier<QueryStore> stores;
    private SavedQueries saved;
    private boolean timing;

    public MetaCommands(Session session) {
        this.session = session;
        this.catalog = new Catalog(session);
        this.script = new ScriptCommands(session);
        this.pset = new PsetCommands(session);
        // Made on first use: the store brings Jackson, which a script that never saves a query should not load.
        this.stores = () -> QueryStore.inConfigDirectory(session.invocation());
    }

    /** psql's spelled-out names for commands wadb has under the short one ({@code \\reset} is {@code \\r}). */
    private static final Map<String, String> LONG_NAMES = Map.of("quit", "q", "reset", "r", "write", "w", "print", "p",
            "include", "i", "include_relative", "ir", "out", "o", "edit", "e", "help", "h");

    private static MetaCommand command(String name, String usage, String help, MetaCommand.ArgumentKind completion,
                                       MetaCommand.Handler handler) {
        return new MetaCommand(name, usage, help, completion, handler);
    }

    /** Every command's name (without the backslash) and help line, in {@code \\?} order: for completion. */
    public static Map<String, String> summaries() {
        Map<String, String> summaries = new LinkedHashMap<>();
        TABLE.forEach(command -> summaries.put(command.name(), command.help()));
        DescribeCommands.TABLE.forEach(command -> summaries.put(command.prefix(), command.help()));
        return summaries;
    }

    /**
     * The declaration of {@code \\name}, if wadb has that command: one of {@link #TABLE}, or a describe command as
     * typed with its modifiers ({@code dtS+}).
     */
    public static java.util.Optional<MetaCommand> find(String name) {
        MetaCommand declared = BY_NAME.get(LONG_NAMES.getOrDefault(name, name));
        if (declared != null) {
            return java.util.Optional.of(declared);
        }
        return DescribeCommands.resolve(name).map(command -> describeCommand(name, command));
    }

    private static MetaCommand describeCommand(String typed, DescribeCommand command) {
        return command(typed, command.usage(), command.help(), completion(command.names()),
                (m, call) -> m.done(DescribeCommands.run(m.catalog, command, typed, call.args()))).reading(command.patterns());
    }

    /** What completion offers after a describe command: the names the completion catalog holds. */
    private static MetaCommand.ArgumentKind completion(DescribeCommand.Names names) {
        return switch (names) {
            case RELATION, TABLE, INDEX, VIEW, SEQUENCE -> RELATION;
            case FUNCTION -> MetaCommand.ArgumentKind.FUNCTION;
            case EXTENSION -> MetaCommand.ArgumentKind.EXTENSION;
            default -> NONE;
        };
    }

    /** Runs one backslash command with the runner's buffer and previous query; what the runner is to do next. */
    public Intent run(Piece.Meta command, java.util.Optional<String> previousQuery) {
        return run(command, previousQuery, com.vayyari.wadb.sql.Substitution.NONE);
    }

    /**
     * As {@link #run(Piece.Meta, java.util.Optional)}, with psql's expansions in the arguments: the variables of
     * {@code variables}, and backquoted commands run through the shell.
     */
    public Intent run(Piece.Meta command, java.util.Optional<String> previousQuery,
                      com.vayyari.wadb.sql.Substitution variables) {
        MetaCommand declared = find(command.command()).orElse(null);
        if (declared == null) {
            throw WadbException.command("invalid command \\" + command.command());  // psql adds "Try \\? for help." only at a terminal
        }
        try {
            int reads = declared.arguments() == MetaCommand.ALL ? Integer.MAX_VALUE : declared.arguments();
            List<String> words = variables == com.vayyari.wadb.sql.Substitution.NONE
                    ? command.argsWithoutTrailingSemicolons()
                    : command.expandedArgs(variables, line -> Shell.output(session.invocation(), line), reads);
            List<String> args = words.size() > reads ? words.subList(0, reads) : words;
            MetaCall call = new MetaCall(args, command.argsRaw(), command.query(), previousQuery);
            Intent intent = declared.handler().run(this, call);
            for (String extra : words.subList(args.size(), words.size())) {  // psql: after the command, as warnings
                session.warning("\\" + command.command() + ": extra argument \"" + extra + "\" ignored");
            }
            return intent;
        } catch (IOException | IllegalArgumentException e) {
            throw WadbException.usage("\\" + command.command() + ": " + e.getMessage());
        }
    }

    private Intent done(int exitCode) {
        return exitCode == ExitCode.OK ? Intent.OK : new Intent.Done(exitCode);
    }

    private static String query(MetaCall call, String name) {
        return call.bufferOrPrevious().orElseThrow(() -> WadbException.command("\\" + name + ": no query to send"));
    }

    private static Intent include(MetaCall call, String name, boolean relative) {
        if (call.args().isEmpty()) {
            throw WadbException.usage("\\" + name + ": missing file name");
        }
        return new Intent.Include(Path.of(call.args().get(0)), relative);
    }

    private SavedQueries saved() {
        if (saved == null) {
            saved = new SavedQueries(session, stores.get());
        }
        return saved;
    }

    private int refresh() throws IOException {
        if (session.interaction().refreshCompletions() && !session.options().quiet()) {
            session.output().writer().write("Refreshing completions in the background.\n");
            session.output().flush();
        }
        return ExitCode.OK;
    }

    private Writer out() {
        return session.output().writer();
    }

    private int say(String text) throws IOException {
        out().write(text);
        out().write('\n');
        session.output().flush();
        return ExitCode.OK;
    }

    private int help() throws IOException {
        StringBuilder text = new StringBuilder("General\n");
        for (MetaCommand d : TABLE) {
            text.append(String.format("  %-22s %s%n", d.usage(), d.help()));
        }
        text.append("\nInformational\n");
        for (DescribeCommand d : DescribeCommands.TABLE) {
            text.append(String.format("  %-22s %s%n", d.usage(), d.help()));
        }
        return say(text.toString().stripTrailing());
    }

    private int quietSay(String text) throws IOException {
        return session.options().quiet() ? ExitCode.OK : say(text);
    }

    private int redirect(List<String> args) throws IOException {
        if (!(session.output() instanceof OutputTarget target)) {
            throw WadbException.usage("\\o is not available here");
        }
        if (!args.isEmpty() && args.get(0).startsWith("|")) {
            target.redirectPipe(session.invocation(), args.get(0).substring(1));
            return ExitCode.OK;
        }
        Path path = args.isEmpty() ? null : session.invocation().resolve(Path.of(args.get(0)));
        try {
            target.redirect(path);
        } catch (IOException e) {
            if (path == null) {
                throw e;
            }
            throw QueryTarget.cannotOpen(args.get(0), path, e);
        }
        return ExitCode.OK;
    }

    /** True while {@code \timing} is on. */
    public boolean timing() {
        return timing;
    }

    private int timing(List<String> args) throws IOException {
        try {
            timing = args.isEmpty() ? !timing : Variables.requireBoolean(args.get(0), "\\timing");
        } finally {  // psql says where timing stands even after a value it refused
            quietSay("Timing is " + (timing ? "on." : "off."));
        }
        return ExitCode.OK;
    }

    /**
     * {@code \h}: a wadb command's own help; for SQL, the page of the PostgreSQL manual that documents it
     * (wadb carries no copy of the grammar, so it points at the one that is kept true).
     */
    private Intent sqlHelp(String raw) throws IOException {
        String topic = raw.strip().replaceAll(";+$", "").strip();
        if (topic.isEmpty()) {
            return done(say("wadb commands: help\nSQL commands: https://www.postgresql.org/docs/current/sql-commands.html"));
        }
        String first = topic.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (com.vayyari.wadb.command.Commands.isCommandLine(first)) {
            return new Intent.CommandLine(first + " --help");
        }
        String page = "sql-" + topic.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "") + ".html";
        return done(say("\"" + topic.toUpperCase(java.util.Locale.ROOT) + "\": https://www.postgresql.org/docs/current/" + page));
    }

    private int conninfo() throws IOException {
        var settings = session.settings();
        String server = session.connected() ? describeServer() : "not connected yet";
        return say("Database \"" + settings.database() + "\" as user \"" + settings.user() + "\" on "
                + settings.hostList() + " (" + server + "); " + settings.displayUrl() + " from " + settings.source() + ".");
    }

    private String describeServer() {
        try {
            ServerInfo server = ServerInfo.of(session.connection());
            return "server " + server.hostPort() + ", PostgreSQL " + server.version() + ", " + server.role();
        } catch (java.sql.SQLException e) {
            throw session.sqlFailure(e);
        }
    }
}
