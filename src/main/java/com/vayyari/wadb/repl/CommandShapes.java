package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.session.OutputOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * What the domain commands look like to completion, read from picocli's model of the command classes: so a new
 * option completes the day it is added. Building the models costs a good part of the REPL's start-up, and nothing
 * before the first Tab needs them, so the REPL has them built on a thread of their own ({@link #inBackground}).
 */
final class CommandShapes {

    /** Each command's name with its one-line summary and options, in {@link Commands#ALL} order. */
    private final CompletableFuture<Map<String, Shape>> commands;

    private CommandShapes(CompletableFuture<Map<String, Shape>> commands) {
        this.commands = commands;
    }

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
        return new CommandShapes(CompletableFuture.completedFuture(build(factory)));
    }

    /** The shapes, built on a daemon thread from now on; the first question about them waits for it. */
    static CommandShapes inBackground(CommandFactory factory) {
        CompletableFuture<Map<String, Shape>> commands = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                commands.complete(build(factory));
            } catch (RuntimeException | Error e) {
                commands.completeExceptionally(e);
            }
        }, "wadb-command-shapes");
        builder.setDaemon(true);
        builder.start();
        return new CommandShapes(commands);
    }

    private static Map<String, Shape> build(CommandFactory factory) {
        CommandLine root = Commands.addAll(new CommandLine(new Root(), factory), factory);
        Map<String, Shape> shapes = new LinkedHashMap<>();
        root.getSubcommands().forEach((name, command) -> shapes.put(name, shape(command.getCommandSpec())));
        return Collections.unmodifiableMap(shapes);
    }

    /** Each command's name with its summary and options, in {@link Commands#ALL} order. */
    Map<String, Shape> commands() {
        return commands.join();
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
        Shape shape = commands().get(command);
        return shape == null ? List.of() : shape.options().stream().filter(o -> o.names().contains(option))
                .findFirst().map(Option::values).orElse(List.of());
    }

    /** True if {@code option} of {@code command} takes a value, so the next word is that value. */
    boolean takesValue(String command, String option) {
        Shape shape = commands().get(command);
        return shape != null && shape.options().stream()
                .anyMatch(o -> o.takesValue() && o.names().contains(option));
    }
}
