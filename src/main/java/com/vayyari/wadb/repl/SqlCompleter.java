package com.vayyari.wadb.repl;

import com.vayyari.wadb.repl.Catalog.Chat;
import com.vayyari.wadb.repl.Suggestion.TableRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
        String word = line.word();
        List<Chat> shared = result.kinds().contains(new Suggestion.Chat()) ? catalog.get()
                .map(c -> sharedName(c.chats(), word)).orElse(List.of()) : List.of();
        if (!shared.isEmpty() && line instanceof CompletionLine parsed) {
            // A name several chats share: the command would reject it as ambiguous, so it completes to their JIDs.
            parsed.replaceTypedWord();
            shared.forEach(chat -> add(candidates, chat));
            return;
        }
        candidates.addAll(candidates(result, word));
    }

    /**
     * The chats whose one shared name the typed {@code word} begins (case-insensitively, as the command looks names
     * up), if it begins no other name and no JID; else none.
     */
    static List<Chat> sharedName(List<Chat> chats, String word) {
        if (word.isEmpty()) {
            return List.of();
        }
        String typed = word.toLowerCase(Locale.ROOT);
        Map<String, List<Chat>> byName = new LinkedHashMap<>();
        for (Chat chat : chats) {
            if (chat.jid().toLowerCase(Locale.ROOT).startsWith(typed)) {
                return List.of();
            }
            if (chat.name() != null && chat.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
                byName.computeIfAbsent(chat.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(chat);
            }
        }
        return byName.size() == 1 && byName.values().iterator().next().size() > 1
                ? byName.values().iterator().next() : List.of();
    }

    private static void add(List<Candidate> out, Chat chat) {
        out.add(new Candidate(chat.jid(), chat.jid(), "chat", ListedText.of(chat.name()), null, null, true));
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
            Map<String, Integer> named = new HashMap<>();
            catalog.chats().stream().filter(c -> c.name() != null)
                    .forEach(c -> named.merge(c.name().toLowerCase(Locale.ROOT), 1, Integer::sum));
            for (Chat chat : catalog.chats()) {
                add(out, chat.jid(), "chat", chat.name(), true);
                // A name two chats share is no answer (the command rejects it): their JIDs, described by it, are.
                if (chat.name() != null && !chat.name().isBlank()
                        && named.get(chat.name().toLowerCase(Locale.ROOT)) == 1) {
                    add(out, chat.name(), "chat", chat.jid(), true);
                }
            }
        }
    }

    private static void add(Map<String, Candidate> out, String value, String group, String description,
                            boolean complete) {
        out.putIfAbsent(value, new Candidate(value, ListedText.of(value), group, ListedText.of(description), null, null,
                complete));
    }
}
