package com.vayyari.wadb.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.support.CommandLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Words}: the one splitter, strict for running a command line and tolerant for completing one. */
class WordsTest {

    @Test
    void quotesAndBackslashesAsAShellReadsThem() {
        assertEquals(List.of("search", "say \"hi\" now", "--chat", "Family"),
                Words.split("search \"say \\\"hi\\\" now\" --chat Family"));
        assertEquals(List.of("a b", "it's", "c\\d", "e f", ""), Words.split("'a b' 'it'\\''s' \"c\\d\" e\\ f ''"));
        assertEquals(List.of("$x`", "😀", "end\\"), Words.split("\"\\$x\\`\" \\😀 end\\"));
        assertEquals(List.of(), Words.split(" \t "));
    }

    @Test
    void runningRefusesAnUnterminatedQuoteAndCompletingReadsOn() {
        WadbException e = assertThrows(WadbException.class, () -> Words.split("messages 'Family Gr"));
        assertEquals("unterminated single quote in command", e.getMessage());
        Words.Scan scan = Words.scan("messages 'Family Gr");
        assertEquals(List.of(new Words.Word("messages", 0, 8), new Words.Word("Family Gr", 9, 19)), scan.words());
        assertEquals('\'', scan.openQuote());
        assertEquals(9, scan.lastWordStart(19));
        assertEquals(4, Words.scan("abc ").lastWordStart(4), "after a space the next word has not begun");
    }

    @Test
    void aCommandEndsAtItsBareSemicolons() {
        assertEquals(List.of("search", "hi"), Words.splitCommand("search hi;"));
        assertEquals(List.of("search", "hi"), Words.splitCommand("  search hi ; ;; "));
        assertEquals(List.of("search", "hi;"), Words.splitCommand("search 'hi;'"));
        assertEquals(List.of("search", "hi;"), Words.splitCommand("search hi\\;"));
        assertEquals(List.of("search", "hi\\"), Words.splitCommand("search hi\\\\;"));
        assertEquals(List.of("search", ""), Words.splitCommand("search '';"));
        assertEquals(List.of("search", "hi\t"), Words.splitCommand("search hi\\\t"));
    }

    @Test
    void anEmojiTakesTheTwoCharsItTakesInTheString() {
        Words.Scan scan = Words.scan("😀 --chat 'Fam");
        assertEquals(List.of(new Words.Word("😀", 0, 2), new Words.Word("--chat", 3, 9), new Words.Word("Fam", 10, 14)),
                scan.words());
    }

    /**
     * Over random lines whose words are known, the strict split, the tolerant scan and the dispatcher's split all
     * give back those words, and the scan finds each exactly where it was written.
     */
    @Test
    void everyModeAgreesOnRandomLines() {
        CommandLines lines = new CommandLines(13);
        for (int n = 0; n < 20_000; n++) {
            CommandLines.Line line = lines.next();
            String context = "line " + n + ": [" + line.text() + "]";
            assertEquals(line.values(), Words.split(line.text()), context);
            Words.Scan scan = Words.scan(line.text());
            assertEquals(0, scan.openQuote(), context);
            assertEquals(line.values(), scan.values(), context);
            List<String> written = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (Words.Word word : scan.words()) {
                written.add(line.text().substring(word.start(), word.end()));
                starts.add(word.start());
            }
            assertEquals(line.written(), written, context);
            assertEquals(line.starts(), starts, context);
            List<String> commandWords = new ArrayList<>(List.of("search"));
            commandWords.addAll(line.values());
            String ending = List.of("", ";", " ; ;;").get(n % 3);
            assertEquals(commandWords, CommandDispatcher.words("search " + line.text() + ending), context);
        }
    }
}
