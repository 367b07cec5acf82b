package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.session.PrintSettings;
import com.vayyari.wadb.session.PsetInfo;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.util.List;

/**
 * psql's print settings commands (exec_command_pset and friends in command.c): {@code \\pset}, {@code \\x},
 * {@code \\a}, {@code \\t}, {@code \\H}, {@code \\T}, {@code \\C}; each is a do_pset of one option, which says what it
 * set unless quiet (see {@link PrintSettings} and {@link PsetInfo}).
 */
final class PsetCommands {

    private final Session session;

    PsetCommands(Session session) {
        this.session = session;
    }

    int expanded(List<String> args) throws IOException {
        return set("expanded", first(args));
    }

    /** {@code \\a}: aligned from any other format, unaligned from aligned. */
    int toggleAligned() throws IOException {
        return set("format", session.print().format() != OutputFormat.TABLE ? "aligned" : "unaligned");
    }

    /** {@code \\H}: html output, or back to aligned from html. */
    int toggleHtml() throws IOException {
        return set("format", session.print().format() != OutputFormat.HTML ? "html" : "aligned");
    }

    /** {@code \\T [ATTRIBUTES]}: the html table's attributes; none unsets them. */
    int tableAttr(String value) throws IOException {
        return set("tableattr", value);
    }

    /** {@code \\C [TITLE]}: the title printed above tables; none unsets it. */
    int title(String value) throws IOException {
        return set("title", value);
    }

    int tuplesOnly(List<String> args) throws IOException {
        return set("tuples_only", first(args));
    }

    int pset(List<String> args) throws IOException {
        if (args.isEmpty()) {
            return say(PsetInfo.listing(session.print(), session.interaction()));
        }
        return set(args.get(0), args.size() > 1 ? args.get(1) : null);
    }

    /** psql's do_pset, then printPsetInfo unless quiet or an on/off option was given its value. */
    private int set(String name, String value) throws IOException {
        session.print(PrintSettings.applied(session, session.print(), name, value));
        if (session.options().quiet() || !PrintSettings.reports(name, value)) {
            return ExitCode.OK;
        }
        return say(PsetInfo.of(name, session.print(), session.interaction()) + "\n");
    }

    private static String first(List<String> args) {
        return args.isEmpty() ? null : args.get(0);
    }

    private int say(String text) throws IOException {
        session.output().writer().write(text);
        session.output().flush();
        return ExitCode.OK;
    }
}
