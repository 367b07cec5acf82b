package com.vayyari.wadb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README oracle splits lines as bash does, and refuses what only a shell could expand. */
class ShellWordsTest {

    @Test
    void quotesCommentsAndEscapesAsBashReadsThem() {
        assertEquals(List.of("wadb", "search", "\"see you tomorrow\" -cancel", "--since", "7d"),
                ShellWords.split("wadb search '\"see you tomorrow\" -cancel' --since 7d   # a comment"));
        assertEquals(List.of("a b", "c\"d", "e f", "g#h", "it's"),
                ShellWords.split("\"a b\" \"c\\\"d\" e\\ f g#h \"it's\"  #"));
        assertEquals(List.of("Family*", "-o", "hits.ndjson"), ShellWords.split("'Family*' -o hits.ndjson"));
        assertEquals(List.of(), ShellWords.split("   # only a comment"));
    }

    @Test
    void refusesExpansionsAndOpenQuotes() {
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("wadb exclude $(cat jids.txt)"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("wadb chats --like Family*"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("wadb search \"$HOME\""));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("wadb search 'open"));
    }
}
