package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.session.PrintSettings;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.session.Terminals;
import com.vayyari.wadb.session.Variables;
import java.io.IOException;
import java.util.List;

/**
 * psql's print settings commands (do_pset and printPsetInfo in command.c): {@code \\pset}, {@code \\x}, {@code \\a},
 * {@code \\t}, {@code \\H}, {@code \\T}; each changes the session's print options and says what it set, as psql says it.
 */
final class PsetCommands {

    private final Session session;

    PsetCommands(Session session) {
        this.session = session;
    }

    int expanded(List<String> args) throws IOException {
        PrintOptions print = session.print();
        boolean on = args.isEmpty() ? !print.expanded() : Variables.parseBoolean(args.get(0).strip())
                .orElseThrow(() -> WadbException.command("unrecognized value \"" + args.get(0)
                        + "\" for \"expanded\"\nAvailable values are: on, off, auto."));
        session.print(print.withExpanded(on));
        return quietSay("Expanded display is " + (on ? "on." : "off."));
    }

    int toggleAligned() throws IOException {
        PrintOptions print = session.print();
        boolean toUnaligned = print.format() != OutputFormat.UNALIGNED;
        session.print(print.withFormat(toUnaligned ? OutputFormat.UNALIGNED : OutputFormat.TABLE));
        return quietSay("Output format is " + (toUnaligned ? "unaligned." : "aligned."));
    }

    /** {@code \\H}: html output, or back to aligned from html. */
    int toggleHtml() throws IOException {
        PrintOptions print = session.print();
        boolean toHtml = print.format() != OutputFormat.HTML;
        session.print(print.withFormat(toHtml ? OutputFormat.HTML : OutputFormat.TABLE));
        return quietSay("Output format is " + (toHtml ? "html." : "aligned."));
    }

    /** {@code \\T [ATTRIBUTES]}, {@code \\pset tableattr}: the html table's attributes; none unsets them. */
    int tableAttr(String value) throws IOException {
        session.print(PrintSettings.applied(session, session.print(), "tableattr", value));
        String attributes = session.print().tableAttr();
        return quietSay(attributes == null ? "Table attributes unset." : "Table attributes are \"" + attributes + "\".");
    }

    int tuplesOnly(List<String> args) throws IOException {
        PrintOptions print = session.print();
        boolean on = args.isEmpty() ? !print.tuplesOnly() : Variables.requireBoolean(args.get(0), "tuples_only");
        session.print(print.withTuplesOnly(on));
        // psql 15 says so only when it toggles: a value given sets it silently (do_pset returns early).
        return args.isEmpty() ? quietSay(on ? "Tuples only is on." : "Tuples only is off.") : ExitCode.OK;
    }

    int pset(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw WadbException.usage("\\pset: missing option name");
        }
        PrintOptions print = session.print();
        String value = args.size() > 1 ? args.get(1) : null;
        switch (args.get(0)) {
            case "format" -> {
                OutputFormat format = value == null ? print.format() : OutputFormat.parse(value);
                session.print(print.withFormat(format));
                return quietSay("Output format is " + (format == OutputFormat.TABLE ? "aligned" : format.label()) + ".");
            }
            case "null" -> {
                session.print(print.withNullDisplay(value == null ? "" : value));
                return quietSay("Null display is \"" + (value == null ? "" : value) + "\".");
            }
            case "tuples_only", "t" -> {
                return tuplesOnly(args.subList(1, args.size()));
            }
            case "expanded", "x" -> {
                return expanded(args.subList(1, args.size()));
            }
            case "footer" -> {
                boolean on = value == null ? !print.footer() : Variables.requireBoolean(value, "footer");
                session.print(print.withFooter(on));
                return value == null ? quietSay("Default footer is " + (on ? "on." : "off.")) : ExitCode.OK;
            }
            case "fieldsep", "fieldsep_zero", "recordsep", "recordsep_zero" -> {
                session.print(PrintSettings.applied(session, print, args.get(0), value));
                return quietSay(PrintSettings.separatorInfo(args.get(0), session.print()));
            }
            case "pager" -> {
                return pager(value);
            }
            case "tableattr", "T" -> {
                return tableAttr(value);
            }
            default -> throw WadbException.usage("\\pset: unknown option: " + args.get(0));
        }
    }

    /** psql's {@code \pset pager [on|off]}: long results go through $PAGER in the interactive shell. */
    int pager(String value) throws IOException {
        boolean on = value == null ? !session.interaction().pager()
                : value.equalsIgnoreCase("always") || Terminals.isTruthy(value);
        session.interaction().pager(on);
        return quietSay(on ? "Pager is used for long output." : "Pager usage is off.");
    }

    private int quietSay(String text) throws IOException {
        return session.options().quiet() ? ExitCode.OK : say(text);
    }

    private int say(String text) throws IOException {
        session.output().writer().write(text);
        session.output().writer().write('\n');
        session.output().flush();
        return ExitCode.OK;
    }
}
