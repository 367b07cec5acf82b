package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Backslash-command arguments split into words by psql's rules (psqlscanslash.l). */
class MetaArgsTest {

    private static List<String> args(String command, String raw) {
        return new Piece.Meta(command, raw, "").args();
    }

    @Test
    void whitespaceSeparatesWords() {
        assertEquals(List.of("format", "csv"), args("pset", "format \t csv"));
        assertEquals(List.of(), args("x", ""));
    }

    @Test
    void singleQuotesTakeDoubledQuotesAndBackslashEscapes() {
        assertEquals(List.of("x", "it's a b"), args("set", "x 'it''s a b'"));
        assertEquals(List.of("a\nb\tc", "A", "A", "q", "\u0000", "xZ", "\u00ff"),
                args("echo", "'a\\nb\\tc' '\\x41' '\\101' '\\q' '\\0' '\\xZ' '\\777'"));
        assertEquals(List.of("a\\b"), args("echo", "'a\\\\b'"));
    }

    @Test
    void quotedPartsJoinTheUnquotedTextAroundThem() {
        assertEquals(List.of("abc"), args("echo", "'a'b'c'"));
        assertEquals(List.of(""), args("echo", "''"));
    }

    @Test
    void doubleQuotesBackquotesAndVariablesAreKeptAsWritten() {
        assertEquals(List.of("\"dq kept\"", "x"), args("echo", "\"dq kept\" x"));
        assertEquals(List.of("`date +%s`"), args("echo", "`date +%s`"));
        assertEquals(List.of(":v", ":'v'", ":\"v\"", ":{?v}"), args("echo", ":v :'v' :\"v\" :{?v}"));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> args("echo", "'abc"));
        assertEquals("unterminated quoted string", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> args("echo", "\"abc"));
        assertThrows(IllegalArgumentException.class, () -> args("echo", "`abc"));
        assertThrows(IllegalArgumentException.class, () -> args("echo", ":'v"));
    }

    @Test
    void wholeLineCommandsGetOneWord() {
        assertEquals(List.of("t from 'f' with (format csv)"), args("copy", "t from 'f' with (format csv)"));
        assertEquals(List.of("create table"), args("h", "create table"));
        assertEquals(List.of(), args("!", ""));
    }

    @Test
    void aPipeTakesTheRestForOutputCommands() {
        assertEquals(List.of("|cat -n"), args("g", "|cat -n"));
        assertEquals(List.of("(format=csv)", "| grep 'x y'"), args("g", "(format=csv) | grep 'x y'"));
        assertEquals(List.of("|cat", "-n"), args("echo", "|cat -n"));
    }

    @Test
    void trailingSemicolonsGoOnlyWhenAskedAndOnlyUnquoted() {
        Piece.Meta describe = new Piece.Meta("d", "t;; 'u;'; v ;", "");
        assertEquals(List.of("t;;", "u;;", "v", ";"), describe.args());
        assertEquals(List.of("t", "u;", "v"), describe.argsWithoutTrailingSemicolons());
    }
}
