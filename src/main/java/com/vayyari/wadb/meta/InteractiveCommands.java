package com.vayyari.wadb.meta;

import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import java.io.IOException;
import java.util.List;

/**
 * The backslash commands that serve the interactive shell — {@code \watch}, {@code \e}, {@code \refresh} and the
 * saved queries — added to {@link MetaCommands}' descriptor table in one line, so dispatch and {@code \?} know them.
 */
public final class InteractiveCommands {

    /** Where a command is added: the descriptor table. */
    @FunctionalInterface
    public interface Registry {
        void add(String name, String usage, String help, Handler handler);
    }

    /** A command's body: its arguments, split and raw. */
    @FunctionalInterface
    public interface Handler {
        int run(List<String> args, String raw) throws IOException;
    }

    private InteractiveCommands() {
    }

    public static void addTo(Registry registry, Session session) {
        Watch watch = new Watch(session);
        // Made on first use: the store brings Jackson, which a script that never saves a query should not load.
        SavedQueries[] store = new SavedQueries[1];
        java.util.function.Supplier<SavedQueries> saved = () -> {
            if (store[0] == null) {
                store[0] = new SavedQueries(session, QueryStore.inConfigDirectory(session.invocation()));
            }
            return store[0];
        };
        registry.add("watch", "\\watch [SECONDS]", "run the last query every SECONDS (default 2) until Ctrl-C",
                (args, raw) -> watch.run(args));
        registry.add("e", "\\e [FILE]", "edit the query buffer (or the last query, or FILE) with $EDITOR, then run it",
                (args, raw) -> {
                    throw WadbException.usage("\\e works in the interactive shell, typed on a line of its own");
                });
        registry.add("refresh", "\\refresh", "reload the table, column and chat names that complete",
                (args, raw) -> refresh(session));
        registry.add("save", "\\save NAME", "save the last query as NAME ($1 or :name placeholders allowed)",
                (args, raw) -> saved.get().save(args));
        registry.add("run", "\\run NAME [VALUE...]", "run saved query NAME with VALUEs for its placeholders",
                (args, raw) -> saved.get().run(args));
        registry.add("saved", "\\saved", "list the saved queries", (args, raw) -> saved.get().list());
    }

    private static int refresh(Session session) throws IOException {
        if (session.interaction().refreshCompletions() && !session.options().quiet()) {
            session.output().writer().write("Refreshing completions in the background.\n");
            session.output().flush();
        }
        return ExitCode.OK;
    }
}
