package com.vayyari.wadb.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The domain commands: one list for all three doors, so they can never drift apart. */
public final class Commands {

    /** Every domain command class, in the order {@code help} lists them. */
    public static final List<Class<?>> ALL = List.of(
            SetupCommand.class,
            GenerateCommand.class,
            SearchCommand.class,
            ChatsCommand.class,
            MessagesCommand.class,
            MediaCommand.class,
            StatsCommand.class,
            StatusCommand.class,
            ExcludeCommand.class,
            IncludeCommand.class,
            ExcludedCommand.class,
            PauseCommand.class,
            ResumeCommand.class,
            UndoCommand.class,
            ChangesCommand.class,
            ExportCommand.class,
            ImportCommand.class);

    private static final Set<String> NAMES = ALL.stream()
            .map(type -> type.getAnnotation(CommandLine.Command.class).name())
            .collect(Collectors.toUnmodifiableSet());

    /** Names the command line knows besides the domain commands. */
    private static final Set<String> EXTRA = Set.of("help", "--help", "-?", "completion", "man-page");

    private Commands() {
    }

    /**
     * Why {@code line} cannot be a nested command, or null when it can: it must run a command that lists rows and
     * ends. The message names those commands, from the one list.
     */
    public static com.vayyari.wadb.exit.WadbException refuseNesting(String line, Object command) {
        if (command instanceof ListsRows rows && !rows.endless()) {
            return null;
        }
        String names = ALL.stream().filter(ListsRows.class::isAssignableFrom)
                .map(type -> type.getAnnotation(CommandLine.Command.class).name())
                .collect(Collectors.joining(", "));
        return com.vayyari.wadb.exit.WadbException.usage("--command takes one of " + names + " (without --follow), not "
                + Arguments.show(line));
    }

    /** Adds every domain command to {@code root} as a subcommand. */
    public static CommandLine addAll(CommandLine root, CommandFactory factory) {
        for (Class<?> type : ALL) {
            try {
                root.addSubcommand(factory.create(type));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create command " + type.getSimpleName(), e);
            }
        }
        return root;
    }

    /**
     * True if any argument names a command, asks for help or may be a mistyped command: only then does the command
     * line need their models.
     */
    public static boolean mentioned(String[] args) {
        for (String arg : args) {
            if (NAMES.contains(arg) || EXTRA.contains(arg) || nearest(arg) != null) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code line} runs a command that adds tables or chats (setup, import, generate). */
    public static boolean addsNames(String line) {
        String first = line.strip().split("[\\s;]+", 2)[0].toLowerCase(Locale.ROOT);
        return ALL.stream().anyMatch(type -> AddsNames.class.isAssignableFrom(type)
                && type.getAnnotation(CommandLine.Command.class).name().equals(first));
    }

    /**
     * True if an input line is a domain command rather than SQL: its first word names a command. None of the
     * names starts an SQL statement, except {@code import} in {@code IMPORT FOREIGN SCHEMA}.
     */
    public static boolean isCommandLine(String line) {
        String trimmed = line.stripLeading();
        int end = 0;
        while (end < trimmed.length() && (Character.isLetter(trimmed.charAt(end)) || trimmed.charAt(end) == '-')) {
            end++;
        }
        String first = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
        if (!NAMES.contains(first) && !first.equals("help")) {
            return false;
        }
        String rest = trimmed.substring(end);
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ';') {
            return false;
        }
        return !(first.equals("import") && rest.stripLeading().toLowerCase(Locale.ROOT).startsWith("foreign"));
    }

    /**
     * The commands {@code word} is one typing slip away from (a letter wrong, missing, extra, or two swapped),
     * as "stats or status"; null when it is a command already or near none.
     */
    public static String nearest(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower) || lower.equals("help") || lower.length() < 3) {
            return null;
        }
        return ALL.stream().map(type -> type.getAnnotation(CommandLine.Command.class).name())
                .filter(name -> oneEditApart(lower, name))
                .collect(Collectors.collectingAndThen(Collectors.joining(" or "), near -> near.isEmpty() ? null : near));
    }

    /** Optimal string alignment distance of at most 1: a transposition counts as one edit, as people mistype. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() == b.length()) {
            if (start == a.length()) {
                return false;  // the same word: no edit at all
            }
            return a.substring(start + 1).equals(b.substring(start + 1))
                    || start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
                    && a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(start + 1).equals(shorter.substring(start));
    }

    /** Picocli's suggestions for a mistyped command or option, as the end of its one-line error; else "". */
    public static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return "";
    }
}
