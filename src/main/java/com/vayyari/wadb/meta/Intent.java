package com.vayyari.wadb.meta;

import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSinks;
import com.vayyari.wadb.session.Session;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What a backslash command asks the script runner to do (usql's {@code Res}): the handler decides, the runner,
 * which owns the buffer, the previous query and the input, carries it out. {@code \g}, {@code \gx} and
 * {@code \watch} are then execution modes of one path, not special cases in the loop.
 */
public sealed interface Intent {

    /** The command did its work; its exit code (0, or the failure of a command that reports rather than throws). */
    record Done(int exitCode) implements Intent {
    }

    /** {@code \q}: end the input now. */
    record Quit() implements Intent {
    }

    /**
     * {@code \g}, {@code \gx}, {@code \crosstabview}: send {@code query} (the buffer, else the previous query),
     * printed with {@code print} applied to the session's options for this once, to {@code target} ({@link
     * QueryTarget#SESSION} for wherever results go now), through sinks from {@code sinks}.
     */
    record Exec(String query, boolean expanded, UnaryOperator<PrintOptions> print, QueryTarget target,
                Session.SinkFactory sinks) implements Intent {

        public Exec(String query, boolean expanded) {
            this(query, expanded, UnaryOperator.identity(), QueryTarget.SESSION, RowSinks::open);
        }
    }

    /** {@code \watch}: send {@code query} every {@code seconds} until Ctrl-C. */
    record Watch(String query, double seconds) implements Intent {
    }

    /** {@code \i}, {@code \ir}: read commands from {@code file}; relative to the current script with {@code \ir}. */
    record Include(Path file, boolean relativeToScript) implements Intent {
    }

    /**
     * {@code \e [FILE]}: the buffer goes to the editor (or, when empty, the previous query, with its semicolon), and
     * what comes back is fed as input. {@code buffer} is what was pending, to give back if nothing changes.
     */
    record Edit(String buffer, String text, String file) implements Intent {
    }

    /** Run a domain command line as if it had been typed ({@code \h search} runs {@code search --help}). */
    record CommandLine(String line) implements Intent {
    }

    /**
     * {@code \if EXPR}, {@code \elif EXPR}: the expression read as a boolean; psql's complaint when it is none
     * (the branch is then not taken, and the input goes on).
     */
    record Condition(boolean value, java.util.Optional<String> problem) implements Intent {
    }

    /** {@code \r}: the query buffer is emptied. */
    record ResetBuffer() implements Intent {
    }

    /** {@code \gset [PREFIX]}: send {@code query}; its one row's columns become variables named PREFIX + column. */
    record SetFromQuery(String query, String prefix) implements Intent {
    }

    /** {@code \gexec}: send {@code query}, then run every non-null value of its result as a statement. */
    record ExecResult(String query) implements Intent {
    }

    /** {@code \gdesc}: show the name and type of each column {@code query} would return, without running it. */
    record DescribeResult(String query) implements Intent {
    }

    Intent OK = new Done(0);
}
