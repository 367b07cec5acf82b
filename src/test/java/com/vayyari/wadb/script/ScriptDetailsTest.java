package com.vayyari.wadb.script;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;

/**
 * The small rules of psql's script language that PostgreSQL's own psql tests showed wadb getting wrong, each run
 * through psql 15 and wadb on twin databases (same stdout, same stderr but for the program name, same exit code).
 */
class ScriptDetailsTest {

    private static void same(String script, String... flags) throws Exception {
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").args(flags).viaFile().assertSame();
    }

    @Test
    void aStatementGoesWithItsSemicolonAndThePreviousQueryKeepsIt() throws Exception {
        same("""
                select (1;
                select 1 as one;
                \\p
                select 2 as two \\g
                \\p
                \\g
                """);
    }

    @Test
    void anEmptyStatementIsSentAndSetsTheResultVariables() throws Exception {
        same("""
                \\echo [:ERROR] [:SQLSTATE] [:ROW_COUNT]
                ;
                \\echo [:ERROR] [:SQLSTATE] [:ROW_COUNT]
                select 1/0;
                /* only a comment */ ;
                \\echo [:ERROR] [:SQLSTATE] [:ROW_COUNT]
                select 1 as one;;
                """, "-e");
    }

    @Test
    void onlyAnUnquotedDashNIsEchosOption() throws Exception {
        same("""
                \\echo '-n' stays a word
                \\echo "-n" also
                \\echo -n no newline
                \\echo
                \\qecho '-n' to the query output
                \\warn '-n' to stderr
                """);
    }

    @Test
    void echoAllShowsBlankLinesInsideQuotesAndComments() throws Exception {
        same("""
                select 'two

                lines' as s, "col

                name" from (select 1 as "col

                name") x /* a

                comment */;

                select $$a

                b$$ as d;
                """, "-a");
    }

    @Test
    void aBranchNotTakenLeavesNoParenthesisOpen() throws Exception {
        same("""
                select
                \\if false
                  (nope
                \\elif true
                  'kept'
                \\else
                  ((also nope
                \\endif
                  as word;
                select 'next' as n;
                """, "-a");
    }

    @Test
    void argumentsACommandDoesNotReadAreNotExpandedAndAreReported() throws Exception {
        same("""
                \\set v value
                \\x on `echo never run` :v :'v' :"v"
                \\pset null '(nil)' `echo never` extra
                \\a :v
                \\t off :v
                \\echo :v `echo run` :'v'
                select null as n;
                """);
    }

    @Test
    void aBranchNotTakenStillRefusesNamesNoCommandHas() throws Exception {
        same("""
                \\if false
                  \\nosuch
                  \\lo
                  \\lo_import somewhere
                  \\dfx+
                  \\sf f
                  \\q
                \\endif
                \\echo after
                """);
    }

    @Test
    void onErrorRollbackKeepsWorkingAfterCommitAndChain() throws Exception {
        same("""
                \\set ON_ERROR_ROLLBACK on
                create table t (a int);
                begin;
                insert into t values (1);
                commit and chain;
                insert into t values (2);
                select 1/0;
                insert into t values (3);
                commit;
                select * from t order by a;
                begin;
                savepoint mine;
                insert into t values (4) \\; release mine;
                select 1/0;
                end;
                select count(*) from t;
                """);
    }

    @Test
    void someCommandsKeepATrailingSemicolonAndOthersDropIt() throws Exception {
        same("""
                \\echo kept;
                \\set v 1;
                \\echo :v
                \\pset null nul;
                \\x on;
                select null as n;
                \\x off
                select 1 as a \\gset p;
                \\unset v;
                \\echo :v
                """);
    }

    @Test
    void booleanArgumentsAreReadAsPsqlReadsThem() throws Exception {
        same("""
                \\timing on;
                \\timing of
                \\timing o
                \\x maybe
                \\t nope
                \\pset footer perhaps
                \\pset t of
                select 1 as still_with_header;
                """);
    }

    @Test
    void unalignedRecordAndFieldSeparators() throws Exception {
        String rows = "select 1 as a, 'x' as b union all select 2, 'y';\n";
        for (String[] flags : new String[][] {{"-A", "-z"}, {"-A", "-0"}, {"-A", "-R", "#"}, {"-A", "-x", "-R", "#"},
                {"-A", "-x", "-0"}, {"-A", "-t", "-0"}, {"-A", "-z", "-0", "-x"}}) {
            PsqlOracle.script(rows).args(flags).viaFile().assertSame();
        }
        same("""
                \\pset fieldsep
                \\pset fieldsep_zero
                \\pset recordsep ;
                \\pset recordsep
                \\pset recordsep_zero
                \\a
                select 1 as a, 2 as b;
                """);
        PsqlOracle.script(rows).args("-A", "-P", "recordsep=#", "-P", "fieldsep_zero").viaFile().assertSame();
    }

    @Test
    void gexecEchoesWhatItRunsAndGsetLeavesSpecialVariablesAlone() throws Exception {
        same("""
                select 'select ' || g || ' as n' from generate_series(1, 2) g \\gexec
                select 'x' as "ECHO", 'y' as "PROMPT1", 'z' as ok \\gset
                \\echo :ECHO :ok
                select 'w' as "bad name" \\gset
                """, "-a");
    }

    @Test
    void errverboseRepeatsTheLastServerErrorInFull() throws Exception {
        String script = """
                \\errverbose
                select nope;
                \\errverbose
                select 1 as fine;
                \\errverbose
                do $$ begin raise exception 'inner' using detail = 'why', hint = 'how'; end $$;
                \\set VERBOSITY terse
                \\errverbose
                """;
        same(script);
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").viaStdin().assertSame();
    }

    @Test
    void aQueryGoesAsTypedAndPrintsTheServersTag() throws Exception {
        // pgjdbc's JDBC API cut the semicolon (so this said "at end of input"), ran JDBC escapes psql sends as
        // they are, and made up tags from the first word (SELECT 1 for WITH … INSERT).
        same("""
                create table t (a int);
                select 1 union;
                select {fn now()} is not null as escaped;
                with x as (select 1) insert into t select 1;
                with x as (select 2) insert into t select 2 returning a;
                select 1 into temp copied;
                select count(*) from t;
                """);
    }

    @Test
    void htmlOutputAsPsqlPrintsIt() throws Exception {
        same("""
                \\H
                select 1 as n, 'a<b>&"c"' as t, null as z, '  lead' as s, E'two\\nlines' as m, '' as e, '   ' as blank,
                       2.5::numeric as d;
                \\pset null (nil)
                select 1 as n where false;
                \\x
                select 1 as n, 'x' as t union all select 2, 'y';
                \\t
                select 1 as n, 'x' as t;
                \\x
                select 1 as n, 'x' as t;
                \\t
                \\T 'width="50%"'
                select 1 as n;
                \\T
                select;
                \\pset tableattr cellpadding=2
                \\pset footer off
                select 1 as n;
                create table tags (a int);
                insert into tags values (1) returning a;
                copy tags from stdin;
                2
                \\.
                \\html
                select 1 as back;
                """);
        PsqlOracle.script("select 1 as n, 'x' as t;\n").args("-H", "-T", "border=0").viaFile().assertSame();
    }

    @Test
    void crosstabviewStopsAtPsqlsColumnLimit() throws Exception {
        same("""
                select g, g, 1 from generate_series(1, 1601) g \\crosstabview
                select g % 2 as odd, g, 1 from generate_series(1, 1600) g \\crosstabview
                """, "-q", "-A", "-t");
    }
}
