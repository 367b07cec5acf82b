package com.vayyari.wadb.script;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.OutputOptions;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Runs a domain command typed as a line (REPL or piped stdin) through the same picocli classes as the command
 * line: the line is split into words like a shell would, then parsed by picocli.
 */
public final class CommandDispatcher {

    @Command(name = "", description = "wadb commands")
    static final class Root {
        @picocli.CommandLine.Mixin
        OutputOptions output = new OutputOptions();
    }

    private final CommandFactory factory;
    /** Built on the first command line and reused: building 18 command models per line cost a search's time. */
    private CommandLine root;
    private Root flags;
    private Session session;
    private final StringWriter problems = new StringWriter();
    private RuntimeException failure;

    /** Set on the dispatcher that runs nested lines: each must name a command that lists rows and ends. */
    private final boolean nestedOnly;
    private CommandDispatcher nested;
    private String nestedLine;

    public CommandDispatcher(CommandFactory factory) {
        this(factory, false);
    }

    private CommandDispatcher(CommandFactory factory, boolean nestedOnly) {
        this.factory = factory.nestingThrough(this::runNested);
        this.nestedOnly = nestedOnly;
    }

    /** The factory whose commands nest command lines through this dispatcher (for the command line's own tree). */
    public CommandFactory factory() {
        return factory;
    }

    /**
     * Runs a line nested in a running command ({@code export --command}). It needs a tree of its own: picocli
     * resets a command's fields when it parses, and the outer command is still running on this one.
     */
    private int runNested(String line, String flags, Session session) {
        if (nested == null) {
            nested = new CommandDispatcher(factory, true);
        }
        nested.nestedLine = line;
        return nested.run(line + flags, session);
    }

    /** Runs {@code line}; returns its exit code, or throws {@link WadbException} for a failure. */
    public int run(String line, Session session) {
        List<String> words = words(line);
        if (words.isEmpty()) {
            return ExitCode.OK;
        }
        this.session = session;
        CommandLine commands = root();
        if (words.size() == 1 && words.get(0).equalsIgnoreCase("help")) {
            try {
                return CommandHelp.list(commands, session.output().writer());
            } catch (java.io.IOException e) {
                throw WadbException.usage("could not write output: " + e.getMessage());
            }
        }
        words.set(0, words.get(0).toLowerCase(java.util.Locale.ROOT));
        failure = null;
        problems.getBuffer().setLength(0);
        int code;
        try {
            code = commands.execute(words.toArray(String[]::new));
        } finally {
            commands.getOut().flush();
        }
        if (failure != null) {
            throw failure;
        }
        if (!problems.toString().isBlank()) {
            session.err().print(problems);
        }
        return code;
    }

    private CommandLine root() {
        if (root != null) {
            return root;
        }
        flags = new Root();
        root = new CommandLine(flags, factory);
        root.addSubcommand(new com.vayyari.wadb.command.HelpCommand());
        Commands.addAll(root, factory);
        root.setUsageHelpWidth(com.vayyari.wadb.session.HelpWidth.of(session.invocation(), session.interaction().terminalWidth()));
        // Help and usage go wherever the session's output is at the time (\o and -o move it).
        root.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws java.io.IOException {
                session.output().writer().write(chars, offset, length);
            }

            @Override
            public void flush() throws java.io.IOException {
                session.output().writer().flush();
            }

            @Override
            public void close() {
                // The session's output outlives any one command.
            }
        }, true));
        root.setErr(new PrintWriter(problems, true));
        // Picocli reports what a handler throws as a stack trace: record the failure and throw it after.
        root.setParameterExceptionHandler((e, args) -> {
            failure = WadbException.usage(e.getMessage() + Commands.suggestion(e));
            return ExitCode.USAGE;
        });
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            failure = e instanceof RuntimeException runtime ? runtime : WadbException.usage(e.getMessage());
            return ExitCode.USAGE;
        });
        root.setExecutionStrategy(parseResult -> {
            if (nestedOnly) {
                // Recorded, not thrown: thrown here, outside any command, picocli would print a stack trace.
                failure = Commands.refuseNesting(nestedLine,
                        parseResult.hasSubcommand() ? parseResult.subcommand().commandSpec().userObject() : null);
                if (failure != null) {
                    return ExitCode.USAGE;
                }
            }
            return withOutputFlags(flags.output, session, () -> new CommandLine.RunLast().execute(parseResult));
        });
        return root;
    }

    /** Runs {@code command} with a typed line's own {@code --csv}, {@code -o FILE}, ...; the session's are back after. */
    private static int withOutputFlags(OutputOptions flags, Session session, java.util.function.IntSupplier command) {
        if (!flags.given()) {
            return command.getAsInt();
        }
        PrintOptions before = session.print();
        session.print(flags.applyTo(before));
        java.nio.file.Path file = flags.file();
        OutputTarget target = file != null && session.output() instanceof OutputTarget t ? t : null;
        boolean ok = false;
        try {
            if (target != null) {
                target.push(session.invocation().resolve(file));
            }
            int code = command.getAsInt();
            ok = code == ExitCode.OK;
            return code;
        } catch (java.io.IOException e) {
            throw WadbException.usage("cannot write " + file + ": " + e.getMessage());
        } finally {
            session.print(before);
            if (target != null) {
                try {
                    target.pop(ok);
                } catch (java.io.IOException e) {
                    throw WadbException.usage("cannot write " + file + ": " + e.getMessage());
                }
            }
        }
    }

    /** The words picocli gets for {@code line}: split as a shell would, without the {@code ;} that may end it. */
    public static List<String> words(String line) {
        return new ArrayList<>(Words.splitCommand(line));
    }
}
