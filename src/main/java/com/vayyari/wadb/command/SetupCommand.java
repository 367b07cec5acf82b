package com.vayyari.wadb.command;

import com.vayyari.wadb.db.SchemaAddOn;
import com.vayyari.wadb.db.SchemaSetup;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "setup",
        description = {"Create the database if it is missing and apply the schema (ddl/). Safe to re-run."},
        footer = {"", "Examples:", "  wadb setup", "  wadb --url postgresql://postgres@db:5432/whatsapp_vayyari_data setup",
                "  wadb setup --print > schema.sql", "  wadb setup --citus          # on a Citus coordinator",
                "  wadb setup --rum            # rank search hits in a RUM index"})
public final class SetupCommand implements Callable<Integer>, AddsNames {

    private final SessionProvider sessions;

    @Mixin
    HelpOption help;

    @Option(names = "--print", description = "Print the SQL instead of running it.")
    boolean print;

    @Option(names = "--citus", description = "Distribute the schema over a Citus cluster, co-located by jid "
            + "(ddl/citus.sql; see docs/DISTRIBUTED.md). Refused, changing nothing, without the citus extension.")
    boolean citus;

    @Option(names = "--rum", description = "Also build a RUM index on the messages' text (ddl/rum.sql), with which"
            + " search --by rank ranks every match, not the newest " + SearchCommand.RANKED + ". Refused, changing"
            + " nothing, without the rum extension (Debian: postgresql-15-rum).")
    boolean rum;

    public SetupCommand(SessionProvider sessions) {
        this.sessions = sessions;
    }

    @Override
    public Integer call() throws IOException {
        Session session = sessions.session();
        Writer out = session.output().writer();
        if (print) {
            out.write(SchemaSetup.script(addOns()));
            session.output().flush();
            return 0;
        }
        WriteGuard.check(session, "setup");
        SchemaSetup.Report report = SchemaSetup.apply(session.settings(), addOns(), session::ownConnection);
        if (report.databaseCreated()) {
            out.write("database " + report.database() + ": created\n");
        } else {
            out.write("database " + report.database() + ": already there\n");
        }
        int width = report.tables().stream().mapToInt(t -> t.table().length()).max().orElse(0);
        for (SchemaSetup.TableState table : report.tables()) {
            out.write("  " + pad(table.table(), width) + "  " + (table.created() ? "created" : "already there") + "\n");
        }
        if (report.changedNothing()) {
            out.write("schema is up to date; nothing changed\n");
        }
        session.output().flush();
        return 0;
    }

    private Set<SchemaAddOn> addOns() {
        Set<SchemaAddOn> addOns = EnumSet.noneOf(SchemaAddOn.class);
        if (citus) {
            addOns.add(SchemaAddOn.CITUS);
        }
        if (rum) {
            addOns.add(SchemaAddOn.RUM);
        }
        return addOns;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
