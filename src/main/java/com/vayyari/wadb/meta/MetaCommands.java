package com.vayyari.wadb.meta;

import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Terminals;
import com.vayyari.wadb.session.Session;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.db.ServerInfo;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.sql.Piece;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psql's backslash commands. One descriptor table drives both dispatch and {@code \?} (usql's descs.go), and
 * each command is a small method.
 */
public final class MetaCommands {

    /** Returned by {@code \q}: end the input now. */
    public static final int QUIT = -1;

    private record Descriptor(String usage, String help, Handler handler) {
    }

    @FunctionalInterface
    private interface Handler {
        int run(List<String> args, String raw) throws IOException;
    }

    private final Session session;
    private final Scripts scripts;
    private final Map<String, Descriptor> table = new LinkedHashMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private boolean timing;

    public MetaCommands(Session session, Scripts scripts) {
        this.session = session;
        this.scripts = scripts;
        add("q", "\\q", "quit wadb", (args, raw) -> QUIT);
        add("?", "\\?", "show help on backslash commands", (args, raw) -> help());
        add("x", "\\x [on|off]", "toggle expanded output", (args, raw) -> expanded(args));
        add("a", "\\a", "toggle between unaligned and aligned output", (args, raw) -> toggleAligned());
        add("t", "\\t [on|off]", "show only rows", (args, raw) -> tuplesOnly(args));
        add("pset", "\\pset NAME [VALUE]", "set table output option (format, null, tuples_only, footer, expanded, fieldsep)",
                (args, raw) -> pset(args));
        add("o", "\\o [FILE]", "send all query results to FILE (written atomically) or back to stdout",
                (args, raw) -> redirect(args));
        add("i", "\\i FILE", "execute commands from FILE", (args, raw) -> include(args));
        add("ir", "\\ir FILE", "as \\i, relative to the directory of the current script", (args, raw) -> includeRelative(args));
        add("timing", "\\timing [on|off]", "time each SQL statement", (args, raw) -> timing(args));
        add("h", "\\h [COMMAND]", "help on a wadb command, or where the SQL command is documented", (args, raw) -> sqlHelp(raw));
        add("conninfo", "\\conninfo", "display information about the current connection (password masked)",
                (args, raw) -> conninfo());
        add("echo", "\\echo [TEXT]", "write TEXT to standard output", (args, raw) -> echo(args));
        add("set", "\\set [NAME [VALUE]]", "set a variable (ON_ERROR_STOP, FETCH_COUNT, ...)", (args, raw) -> set(args));
        Describe describe = new Describe(session);
        add("d", "\\d [NAME]", "describe a table (columns, indexes, keys) or list relations", (args, raw) -> describe.describe(args));
        add("dt", "\\dt [PATTERN]", "list tables", (args, raw) -> describe.relations("rp", first(args), false));
        add("di", "\\di [PATTERN]", "list indexes", (args, raw) -> describe.relations("iI", first(args), true));
        add("dv", "\\dv [PATTERN]", "list views", (args, raw) -> describe.relations("v", first(args), false));
        add("dn", "\\dn", "list schemas", (args, raw) -> describe.schemas());
        add("l", "\\l", "list databases", (args, raw) -> describe.databases());
        add("copy", "\\copy ...", "client-side COPY to or from a file, stdin or stdout",
                (args, raw) -> new CopyCommand(session).run(raw));
        InteractiveCommands.addTo((name, usage, help, handler) -> add(name, usage, help, handler::run), session);
    }

    private void add(String name, String usage, String help, Handler handler) {
        table.put(name, new Descriptor(usage, help, handler));
    }

    /** Every command's name (without the backslash) and help line, in {@code \?} order: for completion. */
    public Map<String, String> summaries() {
        Map<String, String> summaries = new LinkedHashMap<>();
        table.forEach((name, descriptor) -> summaries.put(name, descriptor.help()));
        return summaries;
    }

    public int run(Piece.Meta command) {
        Descriptor descriptor = table.get(command.command());
        if (descriptor == null) {
            throw WadbException.command("invalid command \\" + command.command() + " (try \\? for help)");
        }
        try {
            return descriptor.handler().run(command.argsWithoutTrailingSemicolons(), command.argsRaw());
        } catch (IOException | IllegalArgumentException e) {
            throw WadbException.usage("\\" + command.command() + ": " + e.getMessage());
        }
    }

    private static String first(List<String> args) {
        return args.isEmpty() ? null : args.get(0);
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
        for (Descriptor d : table.values()) {
            text.append(String.format("  %-22s %s%n", d.usage(), d.help()));
        }
        return say(text.toString().stripTrailing());
    }

    private int expanded(List<String> args) throws IOException {
        PrintOptions print = session.print();
        boolean on = args.isEmpty() ? !print.expanded() : Terminals.isTruthy(args.get(0));
        session.print(print.withExpanded(on));
        return quietSay("Expanded display is " + (on ? "on." : "off."));
    }

    private int toggleAligned() throws IOException {
        PrintOptions print = session.print();
        boolean toUnaligned = print.format() != OutputFormat.UNALIGNED;
        session.print(print.withFormat(toUnaligned ? OutputFormat.UNALIGNED : OutputFormat.TABLE));
        return quietSay("Output format is " + (toUnaligned ? "unaligned." : "aligned."));
    }

    private int tuplesOnly(List<String> args) throws IOException {
        PrintOptions print = session.print();
        boolean on = args.isEmpty() ? !print.tuplesOnly() : Terminals.isTruthy(args.get(0));
        session.print(print.withTuplesOnly(on));
        return quietSay(on ? "Tuples only is on." : "Tuples only is off.");
    }

    private int pset(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw WadbException.usage("\\pset: missing option name");
        }
        PrintOptions print = session.print();
        String value = args.size() > 1 ? args.get(1) : null;
        switch (args.get(0)) {
            case "format" -> {
                OutputFormat format = value == null ? print.format() : OutputFormat.parse(value);
                session.print(print.withFormat(format));
                return quietSay("Output format is " + (format == OutputFormat.TABLE ? "aligned" : format.label()) + ".");
            }
            case "null" -> {
                session.print(print.withNullDisplay(value == null ? "" : value));
                return quietSay("Null display is \"" + (value == null ? "" : value) + "\".");
            }
            case "tuples_only" -> {
                return tuplesOnly(args.subList(1, args.size()));
            }
            case "expanded", "x" -> {
                return expanded(args.subList(1, args.size()));
            }
            case "footer" -> {
                boolean on = value == null ? !print.footer() : Terminals.isTruthy(value);
                session.print(print.withFooter(on));
                return quietSay("Default footer is " + (on ? "on." : "off."));
            }
            case "fieldsep" -> {
                session.print(print.withFieldSeparator(value == null ? "|" : value));
                return quietSay("Field separator is \"" + session.print().fieldSeparator() + "\".");
            }
            case "pager" -> {
                return pager(value);
            }
            default -> throw WadbException.usage("\\pset: unknown option: " + args.get(0));
        }
    }

    /** psql's {@code \pset pager [on|off]}: long results go through $PAGER in the interactive shell. */
    private int pager(String value) throws IOException {
        boolean on = value == null ? !session.interaction().pager()
                : value.equalsIgnoreCase("always") || Terminals.isTruthy(value);
        session.interaction().pager(on);
        return quietSay(on ? "Pager is used for long output." : "Pager usage is off.");
    }

    private int quietSay(String text) throws IOException {
        return session.options().quiet() ? ExitCode.OK : say(text);
    }

    private int redirect(List<String> args) throws IOException {
        if (!(session.output() instanceof OutputTarget target)) {
            throw WadbException.usage("\\o is not available here");
        }
        target.redirect(args.isEmpty() ? null : session.invocation().resolve(Path.of(args.get(0))));
        return ExitCode.OK;
    }

    private int includeRelative(List<String> args) {
        if (args.isEmpty()) {
            throw WadbException.usage("\\ir: missing file name");
        }
        return scripts.includeRelative(Path.of(args.get(0)));
    }

    /** True while {@code \timing} is on. */
    public boolean timing() {
        return timing;
    }

    private int timing(List<String> args) throws IOException {
        timing = args.isEmpty() ? !timing : Terminals.isTruthy(args.get(0));
        return quietSay("Timing is " + (timing ? "on." : "off."));
    }

    /**
     * {@code \h}: a wadb command's own help; for SQL, the page of the PostgreSQL manual that documents it
     * (wadb carries no copy of the grammar, so it points at the one that is kept true).
     */
    private int sqlHelp(String raw) throws IOException {
        String topic = raw.strip().replaceAll(";+$", "").strip();
        if (topic.isEmpty()) {
            return say("wadb commands: help\nSQL commands: https://www.postgresql.org/docs/current/sql-commands.html");
        }
        String first = topic.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (com.vayyari.wadb.command.Commands.isCommandLine(first)) {
            return scripts.runCommandLine(first + " --help");
        }
        String page = "sql-" + topic.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "") + ".html";
        return say("\"" + topic.toUpperCase(java.util.Locale.ROOT) + "\": https://www.postgresql.org/docs/current/" + page);
    }

    /** psql's FETCH_COUNT: a whole number; 0 or less turns batching off. */
    public static int fetchCount(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw WadbException.usage("FETCH_COUNT must be a whole number, not \"" + value + "\"");
        }
    }

    private int include(List<String> args) {
        if (args.isEmpty()) {
            throw WadbException.usage("\\i: missing file name");
        }
        return scripts.include(Path.of(args.get(0)));
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

    private int echo(List<String> args) throws IOException {
        return say(String.join(" ", args));
    }

    private int set(List<String> args) throws IOException {
        if (args.isEmpty()) {
            StringBuilder text = new StringBuilder();
            variables.forEach((k, v) -> text.append(k).append(" = '").append(v).append("'\n"));
            return say(text.toString().stripTrailing());
        }
        String name = args.get(0);
        String value = String.join("", args.subList(1, args.size()));
        variables.put(name, value);
        if (name.equals("ON_ERROR_STOP")) {
            session.options(session.options().withOnErrorStop(Terminals.isTruthy(value)));
        } else if (name.equals("FETCH_COUNT")) {
            session.print(session.print().withFetchCount(fetchCount(value)));
        } else if (name.equals("QUIET")) {
            session.options(session.options().withQuiet(Terminals.isTruthy(value)));
        }
        return ExitCode.OK;
    }
}
