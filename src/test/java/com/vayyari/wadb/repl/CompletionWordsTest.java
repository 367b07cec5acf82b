package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.script.CommandDispatcher;
import com.vayyari.wadb.script.Words;
import com.vayyari.wadb.support.CommandLines;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/**
 * Completion reads a command line with the splitter the command runs with: for every cursor position in random
 * lines, the word JLine is told to replace starts where that word was written, holds what the command would get,
 * and an emoji before it shifts nothing.
 */
class CompletionWordsTest {

    private static final Suggest SUGGEST = new Suggest(CommandShapes.of(new CommandFactory(() -> {
        throw new IllegalStateException("completion never needs a session");
    })));
    /** No prompt: it is only asked for when Enter is pressed, never when completing. */
    private static final StatementParser PARSER = new StatementParser(null, SUGGEST, () -> false);

    @Test
    void jLinesCursorCountsCodePoints() {
        String line = "search 😀 --chat Fam";
        CompletionLine parsed = (CompletionLine) PARSER.parse(line, line.codePointCount(0, line.length()),
                ParseContext.COMPLETE);
        assertEquals("Fam", parsed.word());
        assertEquals(List.of(new Suggestion.Chat()), parsed.result().kinds());
        assertEquals(line.codePointCount(0, line.length()), parsed.cursor());
        String quoted = "messages '😀 Fam";
        CompletionLine open = (CompletionLine) PARSER.parse(quoted, quoted.codePointCount(0, quoted.length()),
                ParseContext.COMPLETE);
        assertEquals("😀 Fam", open.word());
        assertEquals(6, open.rawWordCursor(), "JLine erases code points: the quote, the emoji, a space and Fam");
    }

    /**
     * Every prefix of {@code search <random words> --chat <random word>}, cut at each code point: completion's word
     * starts where the generator wrote it, its value is what the strict split gives for a finished word, the words
     * before it are the dispatcher's, and a chat name is what fits there.
     */
    @Test
    void completionFindsTheWordsTheCommandWouldRun() {
        CommandLines lines = new CommandLines(31);
        for (int n = 0; n < 1_500; n++) {
            CommandLines.Line words = lines.next();
            String head = "search " + words.text() + " --chat ";
            String value = lines.value();
            String last = lines.write(value);
            String line = head + last;
            List<String> finished = new ArrayList<>(CommandDispatcher.words(head));
            for (int cut = head.length(); cut <= line.length(); cut = next(line, cut)) {
                String before = line.substring(0, cut);
                String context = "line " + n + ": [" + before + "]";
                CompletionLine parsed = (CompletionLine) PARSER.parse(line, before.codePointCount(0, cut),
                        ParseContext.COMPLETE);
                assertEquals(head.length(), parsed.result().wordStart(), context);
                assertEquals(List.of(new Suggestion.Chat()), parsed.result().kinds(), context);
                assertEquals(Words.scan(before).values(), withTyped(finished, parsed.word(), cut > head.length()),
                        context);
                if (cut == line.length()) {
                    assertEquals(value, parsed.word(), context);
                    assertEquals(last.codePointCount(0, last.length()), parsed.rawWordCursor(), context);
                }
            }
            assertEquals(words.values(), finished.subList(1, finished.size() - 1), "line " + n);
        }
    }

    /**
     * SQL with emoji, ZWJ sequences and CJK in literals and quoted names before the word: the word JLine erases is
     * the one typed, counted in code points, wherever the statement's wide text is.
     */
    @Test
    void sqlAfterWideTextErasesTheTypedWordOnly() {
        String[] texts = {"😀", "👨‍👩‍👧", "家族", "🇮🇳", "❤️", "🧘‍♀️ x"};
        for (String a : texts) {
            for (String b : texts) {
                String head = "select '" + a + "' as \"" + b + "\", ";
                String line = head + "is_gr";
                CompletionLine parsed = (CompletionLine) PARSER.parse(line + " from chats where name = '" + b + "'",
                        line.codePointCount(0, line.length()), ParseContext.COMPLETE);
                assertEquals(head.length(), parsed.result().wordStart(), line);
                assertEquals("is_gr", parsed.word(), line);
                assertEquals(5, parsed.rawWordLength(), line);
                assertEquals(line.codePointCount(0, line.length()), parsed.cursor(), line);
            }
        }
    }

    private static List<String> withTyped(List<String> finished, String typed, boolean begun) {
        List<String> all = new ArrayList<>(finished);
        if (begun) {
            all.add(typed);
        }
        return all;
    }

    private static int next(String line, int at) {
        return at < line.length() ? line.offsetByCodePoints(at, 1) : at + 1;
    }
}
