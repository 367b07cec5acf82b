package com.vayyari.wadb.script;

import com.vayyari.wadb.exit.ExitCode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine;

/** Plain {@code help}: the domain commands, one line each, from their picocli descriptions. */
public final class CommandHelp {

    /** The list fits a 100-column terminal; a longer summary is cut at a word and ends in "…". */
    private static final int WIDTH = 100;

    private CommandHelp() {
    }

    /** Writes the list for the commands under {@code root}. */
    static int list(CommandLine root, Writer out) throws IOException {
        out.write(table(root));
        out.flush();
        return ExitCode.OK;
    }

    /** The list for the commands under {@code root}: the REPL's {@code help}, and the end of {@code wadb --help}. */
    public static String table(CommandLine root) {
        Map<String, CommandLine> commands = root.getSubcommands();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder("Commands (type one at the prompt, or run \"wadb COMMAND\" from a shell):\n");
        commands.forEach((name, command) -> {
            if (command.getCommandSpec().usageMessage().hidden()) {
                return;
            }
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = name.equals("help") ? "show this list, or help COMMAND for one command"
                    : description.length == 0 ? "" : summary(description[0], WIDTH - width - 4);
            text.append("  ").append(name).append(" ".repeat(width - name.length() + 2)).append(summary).append('\n');
        });
        text.append("\nCOMMAND --help shows its options and examples. \\? lists the backslash commands; "
                + "SQL statements end with ;\n");
        return text.toString();
    }

    /** The first sentence of a description, cut to {@code room} characters. */
    static String summary(String description, int room) {
        int stop = description.indexOf(". ");
        String sentence = stop < 0 ? description : description.substring(0, stop + 1);
        if (sentence.length() <= room) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', room - 1);
        return sentence.substring(0, space > 0 ? space : room - 1).replaceAll("[,;:(]+$", "") + "…";
    }
}
