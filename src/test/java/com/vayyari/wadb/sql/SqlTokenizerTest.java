package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vayyari.wadb.sql.SqlToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer: psql's token boundaries, with positions, tolerant of text that stops anywhere. */
class SqlTokenizerTest {

    private static String kinds(String text) {
        return String.join(" ", SqlTokenizer.tokens(text).stream()
                .filter(SqlToken::significant).map(t -> t.kind() + "[" + t.text() + "]").toList());
    }

    @Test
    void dollarsInsideAnIdentifierAreIdentifierCharacters() {
        assertEquals("WORD[select] NUMBER[1] WORD[as] WORD[a$b$c]", kinds("select 1 as a$b$c"));
        assertEquals("DOLLAR_STRING[$b$ x $b$] OPERATOR[$] PARAMETER[$1] DOLLAR_STRING[$$ $a$ $$]",
                kinds("$b$ x $b$ $ $1 $$ $a$ $$"));
        assertEquals("OPERATOR[$] NUMBER[1a]", kinds("$ 1a"));
    }

    @Test
    void everyStringFormIsOneStringToken() {
        assertEquals("STRING[E'a\\'b'] STRING[U&'x'] STRING[b'01'] STRING[X'ff'] STRING[n'q'] STRING['it''s']",
                kinds("E'a\\'b' U&'x' b'01' X'ff' n'q' 'it''s'"));
        assertEquals("WORD[like] STRING['%\\'] WORD[and] VARIABLE[:chat]", kinds("like'%\\' and :chat"));
        assertEquals("QUOTED_IDENTIFIER[\"a\"\"b\"] QUOTED_IDENTIFIER[U&\"c\"]", kinds("\"a\"\"b\" U&\"c\""));
    }

    @Test
    void variablesCastsCommentsAndBackslashes() {
        assertEquals("WORD[x] CAST[::] WORD[int] VARIABLE[:'v'] VARIABLE[:\"w\"] OPERATOR[:] SEMICOLON[;]"
                + " BACKSLASH_ESCAPE[\\;] BACKSLASH_COMMAND[\\g out.txt]", kinds("x::int :'v' :\"w\" : ; \\; \\g out.txt"));
        List<SqlToken> tokens = SqlTokenizer.tokens("a /* 1 /* 2 */ 3 */ -- c\nb");
        assertEquals(Kind.BLOCK_COMMENT, tokens.get(2).kind());
        assertEquals("/* 1 /* 2 */ 3 */", tokens.get(2).text());
        assertEquals(2, tokens.get(2).start());
        assertEquals(Kind.LINE_COMMENT, tokens.get(4).kind());
        assertEquals("b", tokens.get(6).text());
    }

    @Test
    void whatIsOpenAtTheEndIsOneUnterminatedToken() {
        for (String open : new String[] {"select 'a\nb", "select $t$ x\n$u$", "select /* /* */", "select \"x",
                "select -- c"}) {
            List<SqlToken> tokens = SqlTokenizer.tokens(open);
            SqlToken last = tokens.get(tokens.size() - 1);
            assertFalse(last.terminated(), open);
            assertEquals(open.substring(open.indexOf(' ') + 1), last.text(), open);
        }
    }
}
