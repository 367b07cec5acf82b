package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.ForwardingSink;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * What every domain command shares: {@code --help}, {@code --explain}, {@code --mask}, the session of the door it
 * was called from, the NUL check on every argument, and printing rows through the session's format.
 */
abstract class DomainCommand implements Callable<Integer> {

    private final SessionProvider sessions;

    /** Set by the factory: how this door runs a nested command line. */
    NestedCommands nested;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    // --show-sql first: to SQL people "explain" means the query plan; --explain stays as the older name
    @Option(names = {"--show-sql", "--explain"},
            description = "Print the SQL this command would run, with its parameters, and run none of it"
                    + " (chat names and the change to undo are still looked up).")
    boolean explain;

    @Option(names = "--mask", description = "Mask phone numbers and JIDs (91•••••3210@s.whatsapp.net) for sharing.")
    boolean mask;

    DomainCommand(SessionProvider sessions) {
        this.sessions = sessions;
    }

    @Override
    public final Integer call() throws IOException {
        Arguments.rejectNul(spec);
        Session session = sessions.session();
        if (changesData()) {
            // Before the command looks anything up: a read-only session sends nothing for a refused command.
            WriteGuard.check(session, spec.name());
        }
        return run(session);
    }

    /** True when this invocation changes data, so a read-only session refuses it. */
    boolean changesData() {
        return false;
    }

    /** The command itself; returns its exit code. */
    abstract int run(Session session) throws IOException;

    SessionProvider sessions() {
        return sessions;
    }

    /** Runs {@code query} and prints its rows (or, with --explain, the statement); returns the row count. */
    long print(Session session, Query query) throws IOException {
        return print(session, query, UnaryOperator.identity(), false);
    }

    /**
     * Prints {@code query}'s rows through the session's format, with {@code print} adjusted (e.g. expanded) and
     * search hits bold when asked for; every format gets --mask the same way.
     */
    long print(Session session, Query query, UnaryOperator<PrintOptions> adjust, boolean bold) throws IOException {
        if (explain) {
            say(session, query.explain());
            return 0;
        }
        List<ForwardingSink> opened = new ArrayList<>();
        session.runSql(query.sql(), query.params(), (print, out) -> {
            Writer target = bold ? Highlight.bold(out) : out;
            RowSink format = decorate(RowSinks.open(adjust.apply(print), target));
            ForwardingSink sink = mask ? new MaskingSink(format) : new ForwardingSink(format);
            opened.add(sink);
            return sink;
        });
        return opened.stream().mapToLong(ForwardingSink::rows).sum();
    }

    /** A last decorator in front of the format's sink (export's progress counter); none by default. */
    RowSink decorate(RowSink format) {
        return format;
    }

    /** Writes {@code text} and a newline to the output (masked with --mask), flushed. */
    void say(Session session, String text) throws IOException {
        Writer out = session.output().writer();
        out.write(mask ? Masking.text(text) : text);
        if (!text.endsWith("\n")) {
            out.write('\n');
        }
        session.output().flush();
    }

    /** A note on stderr (not data: CSV and JSON on stdout stay clean), unless -q. */
    void note(Session session, String text) {
        if (!session.options().quiet()) {
            session.err().println(mask ? Masking.text(text) : text);
        }
    }

    /** True when output goes to a terminal that may show bold and bar charts; false for files and pipes. */
    static boolean terminal(Session session) {
        return session.options().color()
                && !(session.output() instanceof OutputTarget target && target.toFile());
    }

    static WadbException usage(String message) {
        return WadbException.usage(message);
    }

    /**
     * The command as the user gave it, for the state_changes log: its own options and parameters only, so
     * inherited connection options (a {@code --url} with a password) never reach the table.
     */
    String commandText() {
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> words = new ArrayList<>(List.of(spec.name()));
        for (PositionalParamSpec positional : parsed.matchedPositionals()) {
            positional.originalStringValues().forEach(value -> words.add(shellQuote(value)));
        }
        for (OptionSpec option : parsed.matchedOptions()) {
            if (option.inherited() || option.usageHelp()) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(option.longestName());
            } else {
                option.originalStringValues().forEach(value -> {
                    words.add(option.longestName());
                    words.add(shellQuote(value));
                });
            }
        }
        return String.join(" ", words);
    }

    private static String shellQuote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "@.-_:+/=,".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
