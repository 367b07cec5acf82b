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
