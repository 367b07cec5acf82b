package com.vayyari.wadb.repl;

import java.util.List;

/** What kind of name fits at the cursor (pgcli's suggest_type answers); the completer turns kinds into names. */
sealed interface Suggestion {

    /** SQL keywords. */
    record Keyword() implements Suggestion {
    }

    /** Tables and views: of {@code schema}, or those on the search path when it is null. */
    record Table(String schema) implements Suggestion {
    }

    /** Columns of the tables the statement names (all of them, or the one a qualifier picked). */
    record Column(List<TableRef> tables) implements Suggestion {
    }

    /** Functions: of {@code schema}, or those on the search path when it is null. */
    record Function(String schema) implements Suggestion {
    }

    record Schema() implements Suggestion {
    }

    /** Installed extensions ({@code \\dx}). */
    record Extension() implements Suggestion {
    }

    /** Backslash commands. */
    record MetaCommand() implements Suggestion {
    }

    /** Domain commands ({@code search}, {@code exclude}, …) and {@code help}. */
    record Command() implements Suggestion {
    }

    /** The options of one domain command. */
    record CommandOption(String command) implements Suggestion {
    }

    /** Chat JIDs and names. */
    record Chat() implements Suggestion {
    }

    /** File and directory paths. */
    record File() implements Suggestion {
    }

    /** Fixed words: a {@code \\pset} option's names or values, on/off, the values a command's option takes. */
    record Words(List<String> words, String group) implements Suggestion {
    }

    /** Names of saved queries ({@code \run NAME}). */
    record SavedQuery() implements Suggestion {
    }

    /**
     * A table as a statement names it: {@code schema} may be null (the search path decides), {@code alias} is null
     * when none was given.
     */
    record TableRef(String schema, String name, String alias) {
        /** True if {@code qualifier} (as typed before a dot) refers to this table. */
        boolean answersTo(String qualifier) {
            return alias != null ? alias.equalsIgnoreCase(qualifier) : name.equalsIgnoreCase(qualifier);
        }
    }
}
