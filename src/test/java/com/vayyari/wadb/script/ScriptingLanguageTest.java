package com.vayyari.wadb.script;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;

/**
 * psql's script language, each feature run through psql 15 and wadb on twin databases: the same stdout, the same
 * stderr (program name aside) and the same exit code. ON_ERROR_STOP is given, so exit codes are psql's.
 */
class ScriptingLanguageTest {

    private static void same(String script) throws Exception {
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
    }

    @Test
    void setUnsetAndEveryInterpolationForm() throws Exception {
        same("""
                \\set x
                \\echo [:x]
                \\set y a 'b c'  d
                \\echo :y :'y' :"y" :{?y} :{?nosuch} :nosuch
                \\set q 'it''s \\\\ here'
                select :'q' as literal, :"q" as ident;
                \\unset y
                \\echo :y
                \\set 1x- 3
                \\unset 1x-
                \\unset
                select ':y', /* :y */ 1 -- :y
                ;
                \\set cols 'a, b'
                select 1 as a, 2 as b \\gset
                \\echo :a :b
                """);
    }

    @Test
    void specialVariablesRefuseBadValuesAndKeepTheOldOne() throws Exception {
        same("""
                \\set ON_ERROR_STOP maybe
                \\echo :ON_ERROR_STOP
                \\set ECHO loud
                \\set FETCH_COUNT many
                \\set VERBOSITY chatty
                \\set ON_ERROR_ROLLBACK interactive
                \\echo :ECHO :FETCH_COUNT :VERBOSITY :ON_ERROR_ROLLBACK
                \\unset QUIET
                \\set SHOW_CONTEXT
                \\echo :QUIET :SHOW_CONTEXT :AUTOCOMMIT :LAST_ERROR_SQLSTATE
                \\set QUIET
                \\echo :QUIET
                """);
    }

    @Test
    void aVariableValueIsReadAsIfTyped() throws Exception {
        same("""
                \\set two 'select 2;'
                :two
                \\set where 'where x > 1'
                select x from generate_series(1, 3) x :where;
                \\set n 5 \\\\ select :n as five;
                """);
    }

    @Test
    void conditionalsNestAndSkipEverythingInBranchesNotTaken() throws Exception {
        same("""
                \\set t true
                \\if :t
                  \\echo one
                  \\if off
                    \\q
                  \\elif 1
                    \\echo nested-elif
                  \\else
                    \\echo no
                  \\endif
                \\elif `exit 1`
                  \\echo never
                \\else
                  select 'skipped';
                  \\set z 1
                  \\o skipped.out
                \\endif
                \\echo :z
                select
                \\if no
                  'not this'
                \\else
                  'but this'
                \\endif
                ;
                \\if perhaps
                \\echo invalid-is-false
                \\endif
                \\else
                \\elif true
                \\endif
                \\if true
                \\else
                \\else
                \\elif true
                \\endif
                \\if true
                select 'unclosed';
                """);
    }

    @Test
    void nonStandardStringsFollowTheServer() throws Exception {
        same("""
                set standard_conforming_strings = off;
                select 'it\\'s; select 99; --' as s;
                select N'n\\'s', E'e\\'s', B'101', X'1F';
                set standard_conforming_strings = on;
                select 'a\\' as backslash_ends, U&'d\\0061t' as u, U&'d!0061t' UESCAPE '!' as u2;
                """);
    }

    @Test
    void copyFromStdinTakesTheLinesUpToBackslashDotAndAFailedOneEatsItsData() throws Exception {
        String script = """
                create table t (id int, note text);
                copy t from stdin;
                1	one
                2	\\N
                \\.
                copy nosuch from stdin;
                3	select 'data ran as sql';
                \\q
                \\.
                copy t (id) from stdin with (format csv);
                5
                x
                \\.
                select * from t order by id;
                copy t to stdout with (format csv, header);
                copy (select 'a;b' as v) to stdout;
                copy t from stdin;
                9	at end of input
                """;
        same(script);
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").viaStdin().assertSame();
    }

    @Test
    void copyFromStdinInDashCReadsTheCallersStdin() throws Exception {
        PsqlOracle.script("copy t from stdin").setup("create table t (id int)").viaCommand()
                .stdin("1\n2\n\\.\nnot read\n").assertSame();
    }

    @Test
    void gsetGexecAndTheQueryBuffer() throws Exception {
        same("""
                \\p
                select 1
                \\p
                \\r
                \\p
                select 2 as a, null as b \\gset pre_
                \\echo :pre_a [:pre_b]
                select 1 where false \\gset
                select 1 union all select 2 \\gset
                select 'select ' || g || ' as n' from generate_series(1, 2) g \\gexec
                \\p
                \\w buffer.sql
                \\i buffer.sql
                \\echo :ROW_COUNT :ERROR :SQLSTATE
                select 1/0;
                \\echo :ERROR :SQLSTATE :LAST_ERROR_SQLSTATE :ROW_COUNT
                """);
    }

    @Test
    void echoQechoWarnAndTheShell() throws Exception {
        same("""
                \\echo -n no-newline
                \\echo 'two words' "kept" `echo from shell`
                \\qecho to query output
                \\warn -n warned
                \\warn
                \\setenv WADB_T value
                \\! echo "[$WADB_T]"
                \\getenv v WADB_T
                \\echo :v
                \\setenv WADB_T
                \\! echo "[$WADB_T]"
                \\cd ..
                \\cd no/such/dir
                """);
    }

    @Test
    void echoAllAndQueries() throws Exception {
        String script = "\\echo hi\nselect 1;\n\nselect\n  2;\n";
        PsqlOracle.script(script).args("-v", "ECHO=all").viaFile().assertSame();
        PsqlOracle.script(script).args("-v", "ECHO=queries").viaFile().assertSame();
        PsqlOracle.script("select 1/0;\nselect 1;\n").args("-v", "ECHO=errors", "-v", "ON_ERROR_STOP=0").viaFile().assertSame();
    }

    @Test
    void autocommitOffOpensTransactionsAndOnErrorRollbackSavesThem() throws Exception {
        same("""
                \\set AUTOCOMMIT off
                create table t (id int);
                insert into t values (1);
                rollback;
                select count(*) from pg_class where relname = 't';
                commit;
                vacuum;
                \\set AUTOCOMMIT on
                \\set ON_ERROR_ROLLBACK on
                begin;
                create table u (id int);
                insert into u values (1);
                select 1/0;
                savepoint s;
                insert into u values (2);
                commit;
                select * from u;
                \\set ON_ERROR_ROLLBACK interactive
                begin;
                select 1/0;
                select 'aborted, no savepoint in scripts';
                rollback;
                """);
    }
}
