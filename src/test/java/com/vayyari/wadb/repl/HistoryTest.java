package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What history keeps, and what it never keeps. */
class HistoryTest {

    @TempDir
    Path dir;

    @Test
    void passwordsAndCredentialUrlsAreSecret() {
        assertTrue(History.isSecret("ALTER ROLE app PASSWORD 'x';"));
        assertTrue(History.isSecret("alter role app\nwith password 'x';"), "across lines");
        assertTrue(History.isSecret("\\password app"));
        assertTrue(History.isSecret("\\connect postgresql://app:hunter2@db:5432/x"));
        assertTrue(History.isSecret("select 'postgres://u:p@h/d'"));
        assertFalse(History.isSecret("select * from chats where jid = '123@s.whatsapp.net';"));
        assertFalse(History.isSecret("select 'postgresql://app@db/x';"), "no password in the URL");
        assertFalse(History.isSecret("select 1;"));
    }

    @Test
    void everyWayOfTypingAConnectionWithAPasswordIsSecret() {
        for (String line : List.of(
                "select 'postgresql://:hunter2@db/x'",
                "\\c postgresql://:hunter2@db/x",
                "\\connect postgres://app:hunter%32@[::1]:5432,db2:5433/x",
                "\\c 'host=db password=''hunter 2'''",
                "\\c \"dbname=x PassWord=hunter2\"",
                "\\c postgresql://db/x?sslmode=require&pass%77ord=hunter2",
                "\\setenv VAYYARI_WA_DB_CONNECTION_STRING postgres://:hunter2@db/x",
                "\\set url postgresql://:hunter2@db/x",
                "\\! wadb --url=postgresql://:hunter2@db/x -c 'select 1'",
                "\\! wadb -d 'jdbc:postgresql://db/x?password=hunter2'",
                "https://:token@example.com/x",
                "CREATE USER app PASSWORD 'x';",
                "create role app with login encrypted password 'x';")) {
            assertTrue(History.isSecret(line), line);
        }
    }

    @Test
    void ordinaryLinesStayAsBefore() {
        for (String line : List.of(
                "select 'postgresql://host/db';",
                "select 'postgresql://app@db:5432/x?sslmode=require', 'alice@example.com';",
                "\\c postgresql://app@[::1]:5432,db2:5433/x",
                "\\c host=db dbname=x user=app",
                "select 'https://example.com:8080/a@b';")) {
            assertFalse(History.isSecret(line), line);
        }
        assertTrue(History.isSecret("select password from t;"), "a line that names a password was never kept");
    }

    @Test
    void theHistoryFileFollowsTheEnvironment() {
        assertEquals(Path.of("/h/.wadb_history"), History.file(Map.of("HOME", "/h")));
        assertEquals(Path.of("/x/hist"), History.file(Map.of("HOME", "/h", "WADB_HISTORY", "/x/hist")));
    }

    @Test
    void withoutHomeTheHistoryIsInTheAccountsHomeNeverTheJvmsUserHome() {
        assertEquals(Path.of("/account/.wadb_history"), History.file(Map.of(), Path.of("/account")));
        assertEquals(Path.of("/h/.wadb_history"), History.file(Map.of("HOME", "/h"), Path.of("/account")));
    }

    @Test
    void compactingKeepsTheNewestCopyOfEachEntryAndDropsSecrets() throws Exception {
        Path file = dir.resolve("history");
        Files.write(file, List.of("1:select 1;", "2:select 2;", "3:select 1;", "4:alter role a password 'x';",
                "5:select 3 as\\n  a;", "6:select 2;"));
        History.compact(file);
        assertEquals(List.of("3:select 1;", "5:select 3 as\\n  a;", "6:select 2;"), Files.readAllLines(file));
    }
}
