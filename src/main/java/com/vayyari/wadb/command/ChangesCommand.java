package com.vayyari.wadb.command;

import com.vayyari.wadb.session.Session;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "changes", sortOptions = false,
        description = {"The recorded state changes (exclude, include, pause, resume, undo), newest first:"
                + " who, when, the command, how many rows, and which undo reverted it."},
        footer = {"", "Examples:", "  wadb changes", "  wadb changes --rows --limit 1 --json", "  wadb undo 12"})
public final class ChangesCommand extends DomainCommand implements ListsRows {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N changes (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rows", description = "Also show the rows before and after each change (jsonb).")
    boolean rows;

    public ChangesCommand(SessionProvider sessions) {
        super(sessions);
    }

    @Override
    int run(Session session) throws IOException {
        print(session, new Query.Builder().add("SELECT id, " + Times.shown("changed_at") + " AS changed_at, changed_by, command,"
                + " jsonb_array_length(rows_after) AS row_count, undoes, undone_by"
                + (rows ? ", rows_before, rows_after" : "") + " FROM state_changes ORDER BY id DESC")
                .limit("--limit", limit).build());
        return 0;
    }
}
