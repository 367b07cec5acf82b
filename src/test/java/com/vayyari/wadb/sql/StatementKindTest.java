package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statements classified from their tokens: what may go to a standby, and what is fetched in batches. */
class StatementKindTest {

    @Test
    void queriesThatOnlyReadAreRows() {
        for (String sql : new String[] {"select 1", " /* c */ (select 1)", "WITH x AS (SELECT 1) SELECT * FROM x",
                "values (1)", "table chats", "show search_path", "explain select 1", "-- c\nSELECT 'insert into'",
                "select \"update\" from t", "select 1 as a$b$c"}) {
            assertEquals(StatementKind.ROWS, StatementKind.of(sql), sql);
        }
    }

    @Test
    void queriesThatMayWriteAreWrites() {
        for (String sql : new String[] {"select * into t2 from t", "select * from t for update",
                "select * from t for no key update", "select * from t for share", "select * from t for key share",
                "select nextval('s')", "select setval('s', 1)", "explain analyze select 1",
                "with d as (delete from t returning *) select * from d", "insert into t values (1)",
                "UPDATE t SET a = 1", "delete from t", "merge into t using s on true when matched then delete",
                "copy t from stdin", "truncate t"}) {
            assertEquals(StatementKind.WRITE, StatementKind.of(sql), sql);
        }
    }

    @Test
    void schemaTransactionsAndTheRest() {
        assertEquals(StatementKind.DDL, StatementKind.of("create table t (a int)"));
        assertEquals(StatementKind.DDL, StatementKind.of("ALTER TABLE t ADD b int"));
        assertEquals(StatementKind.DDL, StatementKind.of("grant select on t to r"));
        assertEquals(StatementKind.TRANSACTION, StatementKind.of("begin"));
        assertEquals(StatementKind.TRANSACTION, StatementKind.of("rollback to savepoint s"));
        assertEquals(StatementKind.OTHER, StatementKind.of("set search_path = x"));
        assertEquals(StatementKind.OTHER, StatementKind.of("fetch 10 from c"));
        assertEquals(StatementKind.OTHER, StatementKind.of("'select'"));
        assertEquals(StatementKind.OTHER, StatementKind.of(""));
    }

    @Test
    void rowReturningStatementsAreFetchedInBatchesEvenWhenTheyWrite() {
        assertTrue(StatementKind.returnsRows("fetch 10 from c"));
        assertTrue(StatementKind.returnsRows("with d as (delete from t returning *) select * from d"));
        assertTrue(StatementKind.returnsRows("/* x */ select 1"));
        assertFalse(StatementKind.returnsRows("insert into t values (1) returning *"));
        assertFalse(StatementKind.returnsRows("set x = 1"));
    }
}
