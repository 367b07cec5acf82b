package com.vayyari.wadb.shell;

import com.vayyari.wadb.ExitCode;
import com.vayyari.wadb.WadbException;
import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs a domain command typed as a line (REPL or piped stdin) through the same picocli classes as the command
 * line: the line is split into words like a shell would, then parsed by picocli.
 */
public final class CommandDispatcher {

    @Command(name = "", description = "wadb commands")
    static final class Root {
    }

    private final CommandFactory factory;

    public CommandDispatcher(CommandFactory factory) {
        this.factory = factory;
    }

    /** Runs {@code line}; returns its exit code, or throws {@link WadbException} for a failure. */
    public int run(String line, Session session) {
        List<String> words = Words.split(stripSemicolon(line));
        if (words.isEmpty()) {
            return ExitCode.OK;
        }
        if (words.get(0).equalsIgnoreCase("help")) {
            words = words.size() == 1 ? List.of("help") : words;
        }
        CommandLine root = new CommandLine(new Root(), factory);
        root.addSubcommand("help", new CommandLine.HelpCommand());
        Commands.addAll(root, factory);
        PrintWriter out = new PrintWriter(session.output().writer(), true);
        StringWriter problems = new StringWriter();
        root.setOut(out);
        root.setErr(new PrintWriter(problems, true));
        root.setParameterExceptionHandler((e, args) -> {
            throw WadbException.usage(e.getMessage());
        });
        RuntimeException[] failure = new RuntimeException[1];
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            failure[0] = e instanceof RuntimeException runtime ? runtime : WadbException.usage(e.getMessage());
            return ExitCode.USAGE;
        });
        words.set(0, words.get(0).toLowerCase(java.util.Locale.ROOT));
        int code;
        try {
            code = root.execute(words.toArray(String[]::new));
        } finally {
            out.flush();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (!problems.toString().isBlank()) {
            session.err().print(problems);
        }
        return code;
    }

    private static String stripSemicolon(String line) {
        String trimmed = line.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }
}
