package com.vayyari.wadb.script;

import com.vayyari.wadb.support.PsqlOracle;
import org.junit.jupiter.api.Test;

/**
 * What psql does with a text of several statements and with every result a statement returns, each case run through
 * psql 15 and wadb on twin databases (same stdout, same stderr but for the program name, same exit code): {@code \;}
 * batches print every result, also those before an error, with the error's caret placed in the whole text and the
 * whole batch one implicit transaction; a COPY inside a batch takes its data and the batch goes on; {@code -c} sends
 * plain SQL whole; RETURNING prints its tag; NOTIFYs are reported; {@code \gdesc}, ECHO_HIDDEN and SINGLESTEP.
 */
class BatchesAndResultsTest {

    private static void same(String script) throws Exception {
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").viaFile().assertSame();
    }

    @Test
    void aBatchPrintsEveryResultAndThoseBeforeItsError() throws Exception {
        same("""
                create table t (a int primary key, b text);
                select 1 as x \\; select 2 as y \\; insert into t values (1, 'one');
                select 1 as x \\; select 1/0 \\; select 3 as never;
                insert into t values (5, 'five') \\; select a from t order by a \\; select nope;
                select count(*) as still_one from t;
                insert into t values (6, 'six') returning a \\; select 'after' as w;
                update t set b = 'x' where a = 6 returning a, b;
                delete from t where a = 6 returning a;
                create table t2 as select * from t \\; select * into t3 from t;
                begin \\; insert into t values (7, 'seven') \\; commit \\; select count(*) from t;
                select 'multi
                line' as m \\; select nope_on_line_two
                ;
                """);
    }

    @Test
    void showAllResultsOffPrintsOnlyTheLastAndNoneAfterAnError() throws Exception {
        same("""
                create table t (a int);
                \\set SHOW_ALL_RESULTS off
                select 1 as hidden \\; select 2 as shown;
                select 1 as hidden \\; insert into t values (1) returning 5 as five;
                insert into t values (2) returning a \\; create table u (b int);
                select 1 as hidden \\; select 1/0 \\; select 3 as never;
                \\set SHOW_ALL_RESULTS on
                select 1 as shown \\; select 2 as shown_too;
                """);
    }

    @Test
    void rulesThatAddAQueryPrintItsResult() throws Exception {
        // The extended protocol returns only the original statement's tag; sent whole, as psql sends it, a rule's
        // DO INSTEAD or DO ALSO query returns its rows too, each of several as a result of its own.
        same("""
                create table r (a int);
                create table s (a int);
                create table changes (a int);
                create rule instead_select as on insert to r do instead select 'ruled' as w;
                insert into r values (1);
                create rule also_select as on insert to s do also select new.a * 10 as times_ten;
                insert into s values (4);
                create rule also_log as on update to s do also insert into changes values (old.a);
                update s set a = 5;
                select count(*) from changes;
                create table several (a int);
                create rule two_selects as on insert to several
                    do instead (select 'first' as w; select 1 as none where false; select 42 as n);
                insert into several values (1);
                insert into several values (1) \\; select 'after' as a;
                \\set SHOW_ALL_RESULTS off
                insert into several values (1);
                """);
    }

    @Test
    void aBatchOnTheCommandLineIsOneImplicitTransaction() throws Exception {
        // The first -c fails in its second statement, so its insert is rolled back; the second -c counts.
        PsqlOracle.script("select count(*) as rows_left from t").setup("create table t (a int)")
                .args("-v", "ON_ERROR_STOP=0", "-c", "insert into t values (1); select 1/0").viaCommand().assertSame();
        PsqlOracle.script("insert into t values (1); insert into t values (2); select count(*) from t")
                .setup("create table t (a int)").args("-v", "ON_ERROR_STOP=1").viaCommand().assertSame();
    }

    @Test
    void aCopyInsideABatchTakesItsDataAndTheBatchGoesOn() throws Exception {
        String script = """
                create table t (a int);
                copy t from stdin \\; select 9 as nine;
                7
                \\.
                select 'a' as a \\; copy t to stdout \\; select 'b' as b;
                insert into t values (8) \\; copy t from stdin;
                11
                \\.
                insert into t values (3) \\; copy t from stdin \\; select 'after' as w;
                12
                \\.
                select * from t order by a;
                """;
        same(script);
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=0").viaStdin().assertSame();
    }

    @Test
    void aFailedBatchWithACopyRollsBackAndItsDataNeverRuns() throws Exception {
        same("""
                create table t (a int);
                insert into t values (1) \\; copy nosuch from stdin \\; select 2;
                6
                \\.
                select count(*) as after_refused_copy from t;
                insert into t values (2) \\; copy t from stdin \\; select 1/0;
                7
                \\.
                select count(*) as after_failed_tail from t;
                copy t to stdout \\; select 'x' as x \\; select nope;
                begin;
                insert into t values (4) \\; copy t from stdin;
                9
                \\.
                rollback;
                select count(*) as after_rollback from t;
                """);
    }

    @Test
    void aCopyBatchInDashCReadsItsDataFromStdin() throws Exception {
        PsqlOracle.script("copy t from stdin; select count(*) from t").setup("create table t (a int)")
                .viaCommand().stdin("1\n2\n\\.\n").assertSame();
    }

    @Test
    void gsetAndGexecKeepTheLastResultOfABatchAndPrintTheOthers() throws Exception {
        same("""
                select 1 as one \\; select 2 as two \\gset
                \\echo :two
                select 1 as one \\; select 2 as two \\gx
                select 'printed' as p \\; select 'select 42 as answer' \\gexec
                """);
    }

    @Test
    void gdescDescribesWithoutRunning() throws Exception {
        same("""
                create table t (a int);
                select 1 as a, 'x'::varchar(20) as b, 1.5::numeric(10,2) as c, now()::timestamp(3) as d,
                       '{1}'::int[] as e, interval '1' year as f, null as "Mixed Case" \\gdesc
                insert into t values (1) \\gdesc
                insert into t values (1) returning a \\gdesc
                select count(*) as not_inserted from t;
                select $1::int as p, '{"a":1}'::jsonb ? 'a' as q \\gdesc
                select nope \\gdesc
                select 1 \\; select 2 \\gdesc
                \\echo :ERROR :SQLSTATE
                select 5 as five;
                \\gdesc
                """);
    }

    @Test
    void notificationsArePrintedAfterTheStatement() throws Exception {
        PsqlOracle.script("""
                listen ch;
                notify ch;
                notify ch, 'payload';
                select pg_notify('ch', 'from a function') \\; select 1 as one;
                unlisten ch;
                notify ch;
                """).args("-v", "ON_ERROR_STOP=0").viaFile()
                .replacing("server process with PID \\d+", "server process with PID n").assertSame();
    }

    @Test
    void echoHiddenShowsTheCatalogQueriesAndNoexecRunsNone() throws Exception {
        // wadb's catalog queries are its own, so the text shown is not psql's; what is compared is what happens
        // around it: shown before the result under on, nothing run under noexec and the command failed.
        String script = """
                \\set ECHO_HIDDEN noexec
                \\dt
                \\echo :ECHO_HIDDEN
                """;
        PsqlOracle.script(script).args("-v", "ON_ERROR_STOP=1").viaFile()
                .replacing("(?s)\\*{9} QUERY \\*{10}\\n.*?\\n\\*{26}\\n\\n", "[query]\n").assertSame();
        PsqlOracle.script("create table t (a int);\n\\set ECHO_HIDDEN on\n\\dt\n").args("-q").viaFile()
                .replacing("(?s)\\*{9} QUERY \\*{10}\\n.*?\\n\\*{26}\\n\\n", "[query]\n").assertSame();
    }

    @Test
    void singleStepAsksBeforeEachStatementAndXCancels() throws Exception {
        PsqlOracle.script("select 1 as sent;\nselect 2 as cancelled;\nselect 3 as sent_too;\n")
                .args("-s", "-v", "ON_ERROR_STOP=0").viaFile().stdin("\nx\n\n").assertSame();
    }
}
