package com.vayyari.wadb.repl;

import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;

/** The JLine reader of the REPL: pieces that live beside the loop (parser, completer, highlighter, history). */
final class ReplReader {

    /** JLine's completion list styles, emptied when colour is off. */
    private static final String[] COMPLETION_STYLES = {LineReader.COMPLETION_STYLE_STARTING,
        LineReader.COMPLETION_STYLE_DESCRIPTION, LineReader.COMPLETION_STYLE_GROUP,
        LineReader.COMPLETION_STYLE_LIST_STARTING, LineReader.COMPLETION_STYLE_LIST_DESCRIPTION,
        LineReader.COMPLETION_STYLE_LIST_GROUP, LineReader.COMPLETION_STYLE_LIST_BACKGROUND,
        LineReader.COMPLETION_STYLE_BACKGROUND};

    private ReplReader() {
    }

    /** psql's {@code -n}: lines as typed, with no completion, highlighting or history. */
    static LineReader plain(Terminal terminal, Parser parser) {
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("wadb")
                .parser(parser)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.DISABLE_HIGHLIGHTER, true)
                .build();
    }

    static LineReader build(Terminal terminal, Parser parser, SqlCompleter completer, boolean color, Path history) {
        History.compact(history);
        History.restrictPermissions(history);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("wadb")
                .parser(parser)
                .completer(completer)
                .highlighter(new SqlHighlighter(color))
                .history(History.withoutSecrets())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%M")
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                // psql's (readline's) Tab: complete what is common, list the rest. JLine's menu, which cycles
                // through the candidates in the line, erases the previous one by its length in UTF-16 chars
                // from a buffer that counts code points: after a chat name with an emoji it ate the text
                // before the word (`--chat'Yoga Morning 🧘'`). With no menu, every erase is JLine's
                // raw-word count, which CompletionLine gives in code points.
                .option(LineReader.Option.AUTO_MENU, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (!color) {
            for (String style : COMPLETION_STYLES) {
                builder.variable(style, "");
            }
        }
        return builder.build();
    }
}
