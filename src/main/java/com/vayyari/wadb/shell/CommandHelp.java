package com.vayyari.wadb.shell;

import com.vayyari.wadb.ExitCode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine;

/** Plain {@code help}: the domain commands, one line each, from their picocli descriptions. */
final class CommandHelp {

    private CommandHelp() {
    }

    /** Writes the list for the commands under {@code root}. */
    static int list(CommandLine root, Writer out) throws IOException {
        Map<String, CommandLine> commands = root.getSubcommands();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder("Commands (type one at the prompt, or run \"wadb COMMAND\" from a shell):\n");
        commands.forEach((name, command) -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = name.equals("help") ? "show this list, or help COMMAND for one command"
                    : description.length == 0 ? "" : description[0];
            text.append("  ").append(name).append(" ".repeat(width - name.length() + 2)).append(summary).append('\n');
        });
        text.append("\nCOMMAND --help shows its options and examples. \\? lists the backslash commands; "
                + "SQL statements end with ;\n");
        out.write(text.toString());
        out.flush();
        return ExitCode.OK;
    }
}
