package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND]} in every door. Not picocli's {@code HelpCommand}: its {@code -h} would clash with the
 * inherited {@code -h/--host}.
 */
@Command(name = "help", helpCommand = true, description = "Show the list of commands, or one command's help.")
public final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to show the help of.")
    String command;

    @Mixin
    HelpOption help;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        CommandLine target = parent.getSubcommands().get(command);
        if (target == null) {
            String near = Commands.nearest(command);
            throw WadbException.usage("no command \"" + command + "\"" + (near == null ? "" : " (did you mean " + near + "?)"));
        }
        target.usage(out, colors);
    }
}
