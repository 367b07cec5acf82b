package com.vayyari.wadb.repl;

import com.vayyari.wadb.repl.Suggestion.TableRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Turns the kinds {@link Suggest} names into candidates: keywords and commands from memory, database names from
 * the cached {@link Catalog} (none while it loads: completion never waits for the server), files from disk.
 */
final class SqlCompleter implements Completer {

    private final Suggest suggest;
    private final CommandShapes shapes;
    private final Supplier<Optional<Catalog>> catalog;
    private final Map<String, String> metaCommands;
    private final Supplier<Collection<String>> savedQueries;
    private final FileCandidates files;

    /**
     * @param metaCommands backslash command names (without the backslash) and their help, from their descriptor table
     * @param savedQueries the names {@code \run} accepts now
     */
    SqlCompleter(CommandShapes shapes, Supplier<Optional<Catalog>> catalog, Map<String, String> metaCommands,
                 Supplier<Collection<String>> savedQueries, FileCandidates files) {
        this.suggest = new Suggest(shapes);
        this.shapes = shapes;
        this.catalog = catalog;
        this.metaCommands = metaCommands;
        this.savedQueries = savedQueries;
        this.files = files;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        // Another parser's line: its cursor counts code points as JLine's does, not the string's chars.
        int at = StatementParser.charIndex(line.line(), line.cursor());
        Suggest.Result result = line instanceof CompletionLine parsed ? parsed.result()
                : suggest.at(line.line().substring(0, at), line.line().substring(at));
        candidates.addAll(candidates(result, line.word()));
    }

    /** Candidates for the text before and after the cursor; what JLine then filters by the word typed. */
    List<Candidate> complete(String before, String after) {
        Suggest.Result result = suggest.at(before, after);
        return candidates(result, new CompletionLine(before + after, before.length(), result).word());
    }

    private List<Candidate> candidates(Suggest.Result result, String word) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        Optional<Catalog> names = catalog.get();
        String qualifier = result.commandLine() || word.lastIndexOf('.') < 0 ? ""
                : word.substring(0, word.lastIndexOf('.') + 1);
        for (Suggestion kind : result.kinds()) {
            if (kind instanceof Suggestion.Keyword) {
                boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
                SqlKeywords.ALL.forEach(k -> add(out, lower ? k.toLowerCase(Locale.ROOT) : k, "keyword", null, true));
            } else if (kind instanceof Suggestion.Command) {
                add(out, "help", "command", "list the commands, or help COMMAND for one", true);
                shapes.commands().forEach((name, shape) -> add(out, name, "command", shape.summary(), true));
            } else if (kind instanceof Suggestion.CommandOption option) {
                CommandShapes.Shape shape = shapes.commands().get(option.command());
                if (shape != null) {
                    shape.options().forEach(o -> o.names().forEach(n -> add(out, n, "option", o.description(), true)));
                }
            } else if (kind instanceof Suggestion.MetaCommand) {
                metaCommands.forEach((name, help) -> add(out, "\\" + name, "backslash command", help, true));
            } else if (kind instanceof Suggestion.File) {
                files.list(word).forEach(c -> out.putIfAbsent(c.value(), c));
            } else if (kind instanceof Suggestion.Words fixed) {
                fixed.words().forEach(w -> add(out, w, fixed.group(), null, true));
            } else if (kind instanceof Suggestion.SavedQuery) {
                savedQueries.get().forEach(name -> add(out, name, "saved query", null, true));
            } else {
                names.ifPresent(c -> fromCatalog(kind, c, qualifier, out));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void fromCatalog(Suggestion kind, Catalog catalog, String qualifier, Map<String, Candidate> out) {
        if (kind instanceof Suggestion.Table table) {
            catalog.tables(table.schema()).forEach(t -> add(out, qualifier + SqlKeywords.identifier(t), "table", null, true));
        } else if (kind instanceof Suggestion.Schema) {
            catalog.schemas().forEach(s -> add(out, SqlKeywords.identifier(s) + ".", "schema", null, false));
        } else if (kind instanceof Suggestion.Column column) {
            for (TableRef table : column.tables()) {
                catalog.columns(table).forEach(c -> add(out, qualifier + SqlKeywords.identifier(c), "column",
                        table.name(), true));
            }
        } else if (kind instanceof Suggestion.Function function) {
            catalog.functions(function.schema()).forEach(f -> add(out, qualifier + SqlKeywords.identifier(f),
                    "function", null, false));
        } else if (kind instanceof Suggestion.Extension) {
            catalog.extensions().forEach(e -> add(out, SqlKeywords.identifier(e), "extension", null, true));
        } else if (kind instanceof Suggestion.Chat) {
            for (Catalog.Chat chat : catalog.chats()) {
                add(out, chat.jid(), "chat", chat.name(), true);
                if (chat.name() != null && !chat.name().isBlank()) {
                    add(out, chat.name(), "chat", chat.jid(), true);
                }
            }
        }
    }

    private static void add(Map<String, Candidate> out, String value, String group, String description,
                            boolean complete) {
        out.putIfAbsent(value, new Candidate(value, value, group, description, null, null, complete));
    }
}
