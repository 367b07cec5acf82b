package com.vayyari.wadb.sql;

import static com.vayyari.wadb.sql.Scripts.split;
import static com.vayyari.wadb.sql.Scripts.sql;
import static com.vayyari.wadb.sql.Scripts.unterminated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the REPL reads between lines: the prompt state, the buffer, reset, and how lines are taken in. */
class SplitterStateTest {

    /** psql 15's %R after each line, as seen in an interactive session. */
    @Test
    void promptStateFollowsPsql() {
        String[][] session = {
                {"select (", "("}, {"1", "("}, {")", "-"}, {";", "="},
                {"select 'a", "'"}, {"b';", "="},
                {"select E'a\\'", "'"}, {"';", "="},
                {"/* x", "*"}, {"/* y */", "*"}, {"*/", "-"}, {"select $$", "$"}, {"$$;", "="},
                {"select \"a", "\""}, {"\";", "="},
                {"-- only a comment", "="},
                {"create function f() returns int language sql", "-"}, {"begin atomic", "-"},
                {"select 1;", "-"}, {"end;", "="},
        };
        StatementSplitter splitter = new StatementSplitter();
        for (String[] step : session) {
            splitter.feed(step[0]);
            assertEquals(step[1].charAt(0), splitter.promptState(), () -> "after " + step[0]);
            assertEquals(step[1].charAt(0) != '=', splitter.incomplete(), () -> "after " + step[0]);
        }
    }

    @Test
    void bufferHoldsThePendingTextAndResetForgetsIt() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.feed("select 'abc");
        splitter.feed("def");
        assertEquals("select 'abc\ndef", splitter.buffer());
        splitter.reset();
        assertEquals("", splitter.buffer());
        assertFalse(splitter.incomplete());
        assertEquals(List.of(sql("select 2")), splitter.feed("select 2;"));
    }

    @Test
    void finishHandsOverTheRestAndStartsAfresh() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.feed("select (1");
        assertEquals(Optional.of(unterminated("select (1")), splitter.finish());
        assertFalse(splitter.incomplete());
        assertEquals(Optional.empty(), splitter.finish());
        assertEquals(List.of(sql("select 2")), splitter.feed("select 2;"));
    }

    @Test
    void feedingAScriptWholeEqualsFeedingItLineByLine() {
        String script = "select 1;\nselect 'a\n\nb'\n\n;\n\\x\nselect $$\n$$ \\g\n";
        StatementSplitter byLine = new StatementSplitter();
        List<Piece> pieces = new ArrayList<>();
        for (String line : script.split("\n")) {
            pieces.addAll(byLine.feed(line));
        }
        byLine.finish().ifPresent(pieces::add);
        assertEquals(List.of(sql("select 1"), sql("select 'a\n\nb'\n"), Scripts.meta("x", "", ""),
                Scripts.meta("g", "", "select $$\n$$ ")), pieces);
        assertEquals(pieces, split(script));
    }

    @Test
    void aFinalLineBreakEndsTheLastLineInsteadOfAddingAnEmptyOne() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.feed("select 'a\n");
        assertEquals("select 'a", splitter.buffer());
        splitter.feed("\n");
        assertEquals("select 'a\n", splitter.buffer());
    }

    @Test
    void crlfLineEndsSplitLikeLf() {
        assertEquals(List.of(sql("select 1"), sql("select 'a\nb'\n")), split("select 1;\r\nselect 'a\r\nb'\r\n;\r\n"));
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyAtTheStart() {
        assertEquals(List.of(sql("select 1"), sql("\uFEFFselect 2")), split("\uFEFFselect 1;\n\uFEFFselect 2;"));
    }

    @Test
    void pieceRecordsSayWhatPsqlWouldSend() {
        assertEquals("select 1;", sql("select 1").asSent());
        assertEquals("select 1", unterminated("select 1").asSent());
        assertTrue(split("select 1 \\gexec").get(0) instanceof Piece.Meta meta && meta.sendsQuery());
    }
}
