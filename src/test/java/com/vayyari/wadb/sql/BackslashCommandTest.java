package com.vayyari.wadb.sql;

import static com.vayyari.wadb.sql.Scripts.meta;
import static com.vayyari.wadb.sql.Scripts.split;
import static com.vayyari.wadb.sql.Scripts.sql;
import static com.vayyari.wadb.sql.Scripts.unterminated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How far a backslash command reaches, and what it does to the pending statement, as in psql 15. */
class BackslashCommandTest {

    @Test
    void aCommandRunsToTheEndOfTheLine() {
        assertEquals(List.of(meta("pset", "format csv", "")), split("\\pset format csv"));
        assertEquals(List.of(meta("dt+", "public.*", "")), split("  \\dt+   public.*  "));
    }

    @Test
    void doubleBackslashEndsACommandAndSqlGoesOn() {
        assertEquals(List.of(meta("x", "", ""), sql("select 1")), split("\\x \\\\ select 1;"));
        assertEquals(List.of(meta("x", "", ""), sql("select 1")), split("\\x\\\\select 1;"));
        assertEquals(List.of(meta("pset", "null 'NUL'", ""), sql("select null")),
                split("\\pset null 'NUL' \\\\ select null;"));
    }

    @Test
    void aBackslashEndsTheArgumentsAndStartsTheNextCommand() {
        assertEquals(List.of(meta("echo", "one", ""), meta("echo", "two", "")), split("\\echo one \\echo two"));
        assertEquals(List.of(meta("echo", "a", ""), meta("b", "", "")), split("\\echo a\\b"));
    }

    @Test
    void quotedArgumentsMayHoldBackslashes() {
        assertEquals(List.of(meta("echo", "'a\\\\b' \"c\\d\" `e\\f`", ""), sql("select 1")),
                split("\\echo 'a\\\\b' \"c\\d\" `e\\f` \\\\ select 1;"));
        assertEquals(List.of(meta("echo", "'abc \\\\ select 1;", "")), split("\\echo 'abc \\\\ select 1;"));
    }

    @Test
    void wholeLineCommandsTakeEverythingVerbatim() {
        assertEquals(List.of(meta("copy", "t from 'x\\y' with csv \\\\ select 1;", "")),
                split("\\copy t from 'x\\y' with csv \\\\ select 1;"));
        assertEquals(List.of(meta("!", "echo a \\\\ b", "")), split("\\! echo a \\\\ b"));
        assertEquals(List.of(meta("h", "create table", "")), split("\\h create table"));
    }

    @Test
    void aPipeAfterAnOutputCommandTakesTheRestOfTheLine() {
        assertEquals(List.of(meta("o", "| grep x \\\\ select 1;", "")), split("\\o | grep x \\\\ select 1;"));
        assertEquals(List.of(meta("o", "out.txt", ""), sql("select 1")), split("\\o out.txt \\\\ select 1;"));
    }

    @Test
    void aLoneBackslashIsAnInvalidCommandThatTakesTheRestOfTheLine() {
        assertEquals(List.of(meta("", "", "select 1 "), unterminated("select 1 ")), split("select 1 \\"));
        assertEquals(List.of(meta("", "\\ select 2;", "select 1 "), unterminated("select 1 ")),
                split("select 1 \\\\ select 2;"));
    }

    @Test
    void backslashesInsideQuotesAndCommentsStartNoCommand() {
        String script = "select '\\x', \"\\x\", $$\\x$$, E'\\\\x' /* \\x */ -- \\x\n;";
        assertEquals(List.of(sql(script.substring(0, script.length() - 1))), split(script));
    }

    @Test
    void goSendsThePendingStatementAndEmptiesTheBuffer() {
        StatementSplitter splitter = new StatementSplitter();
        assertEquals(List.of(meta("g", "", "select (1 ")), splitter.feed("select (1 \\g"));
        assertEquals("", splitter.buffer());
        assertFalse(splitter.incomplete());
        assertEquals(List.of(meta("gx", "out.txt", "select 2")), split("select 2\n\\gx out.txt"));
        assertEquals(List.of(meta("g", "", "")), split("\\g"));
        assertTrue(meta("gset", "", "").sendsQuery());
        assertFalse(meta("x", "", "").sendsQuery());
    }

    @Test
    void otherCommandsMidStatementRunWhileTheStatementStaysPending() {
        StatementSplitter splitter = new StatementSplitter();
        assertEquals(List.of(meta("x", "", "select 1 ")), splitter.feed("select 1 \\x"));
        assertEquals("select 1 ", splitter.buffer());
        assertEquals('-', splitter.promptState());
        assertEquals(List.of(sql("select 1 \n")), splitter.feed(";"));
    }

    @Test
    void aLineHoldingOnlyACommandLeavesThePendingStatementUnchanged() {
        assertEquals(List.of(meta("x", "", "select 1"), sql("select 1\n")), split("select 1\n\\x\n;"));
        assertEquals(List.of(meta("x", "", "select 1\n  "), sql("select 1\n  \n")), split("select 1\n  \\x\n;"));
    }

    @Test
    void resetClearsThePendingStatement() {
        assertEquals(List.of(meta("r", "", "select 1"), sql("select 2")), split("select 1\n\\r\nselect 2;"));
        assertEquals(List.of(meta("reset", "", "select (1 "), sql("select 2")), split("select (1 \\reset\nselect 2;"));
    }
}
