package com.vayyari.wadb;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wadb man-page}: wadb(1) in roff, written from the same picocli model as {@code --help}, so the page
 * cannot drift from the program. Hidden: install.sh runs it to install the page, people read {@code man wadb}.
 * Written here rather than with picocli-codegen's ManPageGenerator, which is asciidoc-based and one more
 * artifact to fetch (this build works offline).
 */
@Command(name = "man-page", hidden = true, description = "Print the wadb(1) manual page (roff).")
final class ManPage implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(page(spec.root()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static String page(CommandSpec root) {
        StringBuilder roff = new StringBuilder();
        String version = root.version().length > 0 ? root.version()[0] : "wadb";
        roff.append(".TH WADB 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        String[] description = root.usageMessage().description();
        roff.append(".SH NAME\nwadb \\- ").append(escape(description.length > 0 ? description[0] : "")).append('\n');
        roff.append(".SH SYNOPSIS\n.B wadb\n[\\fIOPTION\\fR]... [\\fIDBNAME\\fR [\\fIUSERNAME\\fR]]\n.br\n")
                .append(".B wadb\n[\\fIOPTION\\fR]... \\fICOMMAND\\fR [\\fIARG\\fR]...\n");
        roff.append(".SH DESCRIPTION\n");
        paragraphs(roff, root.usageMessage().description());
        roff.append(".SH OPTIONS\n");
        options(roff, root);
        roff.append(".SH COMMANDS\n");
        root.subcommands().forEach((name, command) -> {
            CommandSpec sub = command.getCommandSpec();
            if (sub.usageMessage().hidden()) {
                return;
            }
            roff.append(".SS ").append(escape(name));
            for (PositionalParamSpec parameter : sub.positionalParameters()) {
                if (!parameter.hidden()) {
                    roff.append(" \\fI").append(escape(parameter.paramLabel())).append("\\fR");
                }
            }
            roff.append('\n');
            paragraphs(roff, sub.usageMessage().description());
            options(roff, sub);
            literal(roff, sub.usageMessage().footer());
        });
        roff.append(".SH NOTES\n");
        literal(roff, root.usageMessage().footer());
        roff.append(".SH SEE ALSO\n.BR psql (1)\n");
        return roff.toString();
    }

    /** The options a command has of its own; those inherited from wadb itself are listed once, under OPTIONS. */
    private static void options(StringBuilder roff, CommandSpec command) {
        for (OptionSpec option : command.options()) {
            if (option.hidden() || option.inherited() || option.usageHelp() && command.parent() != null) {
                continue;
            }
            roff.append(".TP\n").append(List.of(option.names()).stream()
                    .map(name -> "\\fB" + escape(name) + "\\fR").collect(Collectors.joining(", ")));
            if (option.arity().max() > 0) {
                roff.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            roff.append('\n').append(escape(text(String.join(" ", option.description())))).append('\n');
        }
    }

    /** A description's lines, filled by roff; an empty line starts a new paragraph, as in the usage help. */
    private static void paragraphs(StringBuilder roff, String[] lines) {
        roff.append(".PP\n");
        for (String line : lines) {
            roff.append(line.isBlank() ? ".PP" : escape(text(line))).append('\n');
        }
    }

    /** Footers are laid out by hand (examples, tables): kept as they are, unfilled. */
    private static void literal(StringBuilder roff, String[] lines) {
        if (lines.length == 0) {
            return;
        }
        roff.append(".PP\n.nf\n");
        for (String line : text(String.join("\n", lines)).split("\n", -1)) {
            roff.append(escape(line)).append('\n');
        }
        roff.append(".fi\n");
    }

    /** Picocli's format markup in a description, as the usage help would print it without colour. */
    private static String text(String description) {
        return CommandLine.Help.Ansi.OFF.string(description.replace("%n", "\n").replace("%%", "%"));
    }

    /** Roff's escape character, and a line start that roff would read as a request. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.replaceAll("(?m)^([.'])", "\\\\&$1");
    }
}
