package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.session.OutputOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * What the domain commands look like to completion, read from picocli's model of the command classes: so a new
 * option completes the day it is added.
 *
 * @param commands each command's name with its one-line summary and options, in {@link Commands#ALL} order
 */
record CommandShapes(Map<String, Shape> commands) {

    /** One command: its summary and options. */
    record Shape(String summary, List<Option> options) {
    }

    /**
     * One option: all its names, whether a value follows it, its one-line description, and the values it takes
     * when they are a fixed set (picocli's completion candidates: declared, or an enum's constants), else none.
     */
    record Option(List<String> names, boolean takesValue, String description, List<String> values) {
    }

    /** The root of typed command lines: its output flags ({@code --csv}, {@code -o FILE}) are every command's. */
    @Command(name = "")
    static final class Root {
        @Mixin
        OutputOptions output = new OutputOptions();
    }

    static CommandShapes of(CommandFactory factory) {
        CommandLine root = Commands.addAll(new CommandLine(new Root(), factory), factory);
        Map<String, Shape> shapes = new LinkedHashMap<>();
        root.getSubcommands().forEach((name, command) -> shapes.put(name, shape(command.getCommandSpec())));
        return new CommandShapes(shapes);
    }

    private static Shape shape(CommandSpec spec) {
        List<Option> options = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                options.add(new Option(List.of(option.names()), option.arity().max() > 0, firstLine(option.description()),
                        values(option)));
            }
        }
        return new Shape(firstLine(spec.usageMessage().description()), options);
    }

    private static List<String> values(OptionSpec option) {
        List<String> values = new ArrayList<>();
        if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(values::add);
        }
        return List.copyOf(values);
    }

    private static String firstLine(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    /** The fixed values {@code option} of {@code command} takes; empty if it takes none or any. */
    List<String> values(String command, String option) {
        Shape shape = commands.get(command);
        return shape == null ? List.of() : shape.options().stream().filter(o -> o.names().contains(option))
                .findFirst().map(Option::values).orElse(List.of());
    }

    /** True if {@code option} of {@code command} takes a value, so the next word is that value. */
    boolean takesValue(String command, String option) {
        Shape shape = commands.get(command);
        return shape != null && shape.options().stream()
                .anyMatch(o -> o.takesValue() && o.names().contains(option));
    }
}
