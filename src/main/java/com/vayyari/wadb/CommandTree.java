package com.vayyari.wadb;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.command.HelpCommand;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.script.CommandHelp;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The command line's picocli tree: the global options of {@link Main}, {@code help}, and the domain commands as
 * subcommands, with the usage text ending in the same command table the REPL's {@code help} prints.
 */
final class CommandTree {

    private static final String COMMAND_TABLE = "wadbCommandTable";

    private CommandTree() {
    }

    static CommandLine build(Main main, CommandFactory factory, String[] args, PrintStream stdout, PrintStream stderr) {
        CommandLine cli = new CommandLine(main, factory);
        cli.setOverwrittenOptionsAllowed(true);  // as psql's getopt: a repeated option's last value wins, -v adds up
        // psql's -c takes any word: `-c status` is the command status to run, not the subcommand status.
        cli.setAllowSubcommandsAsOptionParameters(true);
        // Building every command's model costs start-up time; `wadb -c "select 1"` needs none of them.
        if (Commands.mentioned(args)) {
            cli.addSubcommand(new HelpCommand());
            Commands.addAll(cli, factory);
            cli.addSubcommand(new ShellCompletion());
            cli.addSubcommand(new ManPage());
            endUsageWithCommandTable(cli);
        }
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        cli.setParameterExceptionHandler((e, arguments) -> {
            stderr.println("wadb: " + e.getMessage() + Commands.suggestion(e));
            stderr.println("Try \"" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help\" for more information.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    /** Picocli's own list of subcommands would say less than the REPL's table, and sit above the footer. */
    private static void endUsageWithCommandTable(CommandLine cli) {
        List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
        keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING);
        keys.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
        keys.add(COMMAND_TABLE);
        cli.setHelpSectionKeys(keys);
        cli.getHelpSectionMap().put(COMMAND_TABLE, help -> "\n" + CommandHelp.table(cli));
    }
}
