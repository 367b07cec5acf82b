package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When Enter runs the input and when it adds a line: the splitter's verdict, as scripts get it. */
class StatementParserTest {

    @Test
    void aStatementRunsAtItsSemicolon() {
        assertEquals('-', StatementParser.pendingState("select 1", false));
        assertEquals('-', StatementParser.pendingState("select 1\nfrom chats", false));
        assertEquals(0, StatementParser.pendingState("select 1\nfrom chats;", false));
        assertEquals('\'', StatementParser.pendingState("select 'a;", false));
        assertEquals('$', StatementParser.pendingState("select $$ a;", false));
        assertEquals('(', StatementParser.pendingState("select (1;", false));
    }

    @Test
    void commandsRunAtOnce() {
        assertEquals(0, StatementParser.pendingState("\\x", false));
        assertEquals(0, StatementParser.pendingState("select *\nfrom chats\n\\e", false));
        assertEquals(0, StatementParser.pendingState("help", false));
        assertEquals(0, StatementParser.pendingState("search invoice --chat 'Family Group'", false));
        assertEquals(0, StatementParser.pendingState("   ", false));
    }

    @Test
    void aStatementBegunEarlierMakesTheFirstLineSql() {
        assertEquals('-', StatementParser.pendingState("help", true));
        assertEquals(0, StatementParser.pendingState("from chats;", true));
    }
}
