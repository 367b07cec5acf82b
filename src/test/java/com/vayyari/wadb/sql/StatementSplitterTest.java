package com.vayyari.wadb.sql;

import static com.vayyari.wadb.sql.Scripts.split;
import static com.vayyari.wadb.sql.Scripts.sql;
import static com.vayyari.wadb.sql.Scripts.unterminated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where statements end, rule by rule, as psql 15 decides (each case checked against psql -L). */
class StatementSplitterTest {

    @Test
    void semicolonEndsAStatementAndIsNotPartOfTheText() {
        assertEquals(List.of(sql("select 1")), split("select 1;"));
        assertEquals(List.of(sql("select 1"), sql("select 2")), split("select 1; select 2;"));
    }

    @Test
    void linesOfOneStatementAreJoinedWithNewlines() {
        assertEquals(List.of(sql("select\n  1\n")), split("select\n  1\n;"));
    }

    @Test
    void emptyLinesOutsideQuotesAddNothingButBlankLinesDo() {
        assertEquals(List.of(sql("select 1\n")), split("select 1\n\n\n;"));
        assertEquals(List.of(sql("select 1\n  \n")), split("select 1\n  \n;"));
        assertEquals(List.of(sql("select 'a\n\nb'")), split("select 'a\n\nb';"));
    }

    @Test
    void leadingWhitespaceAndDashCommentsAreDroppedLaterOnesKept() {
        assertEquals(List.of(sql("select 1 -- tail\n")), split("  -- head ; \n   select 1 -- tail\n;"));
        assertEquals(List.of(sql("/* head */ select 1")), split("/* head */ select 1;"));
    }

    @Test
    void aStatementOfNothingButItsSemicolonIsHandedOverAsPsqlSendsIt() {
        // The server answers an empty query, which sets ERROR, SQLSTATE and ROW_COUNT as any statement does.
        assertEquals(List.of(sql("")), split(";"));
        assertEquals(List.of(sql(""), sql(""), sql(""), sql("")), split(" ; ;;\n;"));
        assertEquals(List.of(sql("/* nothing */"), sql("")), split("/* nothing */;\n-- nothing\n;"));
        assertEquals(List.of(sql(""), sql("select 1"), sql("")), split(";select 1;;"));
    }

    @Test
    void whatIsLeftAtTheEndIsSentUnlessItIsOnlyWhitespaceOrComments() {
        assertEquals(List.of(unterminated("select 1")), split("select 1"));
        assertEquals(List.of(sql("select 1"), unterminated("select 2\n  ")), split("select 1; select 2\n  \n"));
        assertEquals(List.of(sql("select 1")), split("select 1;\n/* c */ -- d\n"));
        assertEquals(List.of(sql("select 1")), split("select 1; -- trailing"));
    }

    @Test
    void anUnclosedQuoteOrCommentAtTheEndIsSentSoTheServerReportsIt() {
        assertEquals(List.of(unterminated("select 'abc;")), split("select 'abc;"));
        assertEquals(List.of(unterminated("/* never closed;\nselect 1;")), split("/* never closed;\nselect 1;"));
    }

    @Test
    void singleQuotesWithDoubledQuotesAndNoBackslashEscapes() {
        assertEquals(List.of(sql("select 'a;b', 'it''s; fine'")), split("select 'a;b', 'it''s; fine';"));
        assertEquals(List.of(sql("select 'a\\'"), sql("select 2")), split("select 'a\\'; select 2;"));
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
        assertEquals(List.of(sql("select E'it\\'s; ok'")), split("select E'it\\'s; ok';"));
        assertEquals(List.of(sql("select e'\\\\'"), sql("select 2")), split("select e'\\\\'; select 2;"));
        // Inside E'' a doubled quote keeps the escape string open, so the \' after it is still an escape.
        assertEquals(List.of(sql("select E'a''\\'b;'")), split("select E'a''\\'b;';"));
    }

    @Test
    void onlyAStandaloneEStartsAnEscapeString() {
        assertEquals(List.of(sql("select somE'\\'")), split("select somE'\\';"));
        // psql 15 takes 1e as trailing junk of a number, so the quote is a plain one: '\'' then an open quote.
        assertEquals(List.of(unterminated("select 1e'\\'';\nselect 2;")), split("select 1e'\\'';\nselect 2;"));
    }

    @Test
    void prefixedStringsLexLikeQuotes() {
        String script = "select b'01;', X'ff;', n'x;', U&'d\\0061t;', u&\"a;b\", u&1;";
        assertEquals(List.of(sql(script.substring(0, script.length() - 1))), split(script));
    }

    @Test
    void doubleQuotedIdentifiersWithDoubledQuotes() {
        assertEquals(List.of(sql("select 1 as \"a;\"\"b\"")), split("select 1 as \"a;\"\"b\";"));
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        assertEquals(List.of(sql("select $$a;b$$")), split("select $$a;b$$;"));
        assertEquals(List.of(sql("select $fn$ a; $$ b; $x$ ; $fn$")), split("select $fn$ a; $$ b; $x$ ; $fn$;"));
        assertEquals(List.of(sql("select $a1$ ; $a1$, $$$$")), split("select $a1$ ; $a1$, $$$$;"));
        assertEquals(List.of(sql("select $t$ $tt$; $t$")), split("select $t$ $tt$; $t$;"));
        // $junk$q$: the unmatched $junk$ gives its last $ back, which opens the matching $q$.
        assertEquals(List.of(sql("select $q$ $junk$q$ "), unterminated("$q$;\nselect 2;")),
                split("select $q$ $junk$q$ ; $q$;\nselect 2;"));
    }

    @Test
    void dollarDigitsIsAParameterAndDollarsInsideIdentifiersQuoteNothing() {
        assertEquals(List.of(sql("select $1"), sql("select 2")), split("select $1; select 2;"));
        assertEquals(List.of(sql("select $1$$ x; $$")), split("select $1$$ x; $$;"));
        assertEquals(List.of(sql("select foo$$bar$$")), split("select foo$$bar$$;"));
        assertEquals(List.of(sql("select foo$$"), sql("bar$$")), split("select foo$$; bar$$;"));
        assertEquals(List.of(sql("select $1a$"), sql("x")), split("select $1a$; x;"));
    }

    @Test
    void blockCommentsNestAndHideSemicolons() {
        assertEquals(List.of(sql("select 'a' /* ; /* nested ; */ still ; */ ")),
                split("select 'a' /* ; /* nested ; */ still ; */ ;"));
        assertEquals(List.of(sql("select 1 /* a\n /* b */\n ; */\n")), split("select 1 /* a\n /* b */\n ; */\n;"));
        assertEquals(List.of(sql("select 2 */ 1")), split("select 2 */ 1;"));
    }

    @Test
    void lineCommentsHideSemicolonsToTheEndOfTheLineOrACarriageReturn() {
        assertEquals(List.of(sql("select 1 -- ;\n")), split("select 1 -- ;\n;"));
        assertEquals(List.of(sql("select 1 +--c\n")), split("select 1 +--c\n;"));
        assertEquals(List.of(sql("select 1 -- c\r")), split("select 1 -- c\r;"));
        assertEquals(List.of(sql("select '--', '/*'")), split("select '--', '/*';"));
    }

    @Test
    void semicolonsInsideParenthesesEndNothing() {
        String rule = "create rule r as on insert to t do also (insert into a values (1); insert into b values (2))";
        assertEquals(List.of(sql(rule)), split(rule + ";"));
        assertEquals(List.of(unterminated("select (1;\n2;")), split("select (1;\n2;"));
        assertEquals(List.of(sql("select 1)"), sql("select 2")), split("select 1); select 2;"));
    }

    @Test
    void semicolonsInsideBeginAtomicBodiesEndNothing() {
        String body = "create function f() returns int language sql\nbegin atomic\n select 1;\n"
                + " select case when true then 1 end;\nend";
        assertEquals(List.of(sql(body), sql("select 2")), split(body + ";\nselect 2;"));
        String procedure = "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC insert into t values (1); END";
        assertEquals(List.of(sql(procedure)), split(procedure + ";"));
    }

    @Test
    void beginOutsideARoutineOrInsideParenthesesOpensNoBody() {
        assertEquals(List.of(sql("begin"), sql("select 1"), sql("end")), split("begin; select 1; end;"));
        assertEquals(List.of(sql("create function f(begin int) returns int language sql return 1"), sql("select 2")),
                split("create function f(begin int) returns int language sql return 1; select 2;"));
        assertEquals(List.of(sql("create table begin (a int)"), sql("select 2")),
                split("create table begin (a int); select 2;"));
    }

    @Test
    void psqlVariablesAreKeptAndTheirQuotesOpenNothing() {
        assertEquals(List.of(sql("select :v, :'v', :\"v\", :{?v}, 1::int")),
                split("select :v, :'v', :\"v\", :{?v}, 1::int;"));
        // :e is a variable, so what follows is a plain '\' string, not an E'' one.
        assertEquals(List.of(sql("select :e'\\'"), sql("select 2")), split("select :e'\\';\nselect 2;"));
    }

    @Test
    void backslashSemicolonAndColonPutTheBareCharacterInTheStatement() {
        assertEquals(List.of(sql("select 1; select 2")), split("select 1\\; select 2;"));
        assertEquals(List.of(sql("select a:b")), split("select a\\:b;"));
        assertEquals(List.of(sql("; ;")), split("\\; \\;;"));
    }

    @Test
    void hostileCharactersAreJustText() {
        String text = "select '\u0000', \"\ud800\", é€😀, \udc00";
        assertEquals(List.of(sql(text)), split(text + ";"));
    }
}
