package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.QueryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved-queries file: round trip, versions, fields of newer versions, atomic private writes. */
class QueryStoreTest {

    @TempDir
    Path home;

    private QueryStore store() {
        return QueryStore.inConfigDirectory(Map.of("HOME", home.toString()));
    }

    private Path file() {
        return home.resolve(".config/wadb/queries.json");
    }

    @Test
    void savedQueriesComeBackInOrderAndReplaceByName() throws Exception {
        QueryStore store = store();
        assertEquals(Map.of(), store.load());
        store.save("by_chat", "select * from messages where jid = :chat");
        store.save("recent", "select * from messages order by timestamp desc limit $1");
        store.save("by_chat", "select * from messages where jid = :jid");
        assertEquals(List.of("by_chat", "recent"), List.copyOf(store.load().keySet()));
        assertEquals("select * from messages where jid = :jid", store.load().get("by_chat"));
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertEquals(1, json.get("version").asInt());
        assertTrue(json.get("queries").get("recent").get("saved").isTextual());
    }

    @Test
    void theFileIsPrivateAndNoTemporaryFileStays() throws Exception {
        store().save("q", "select 1");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())));
        try (var files = Files.list(file().getParent())) {
            assertEquals(List.of(file()), files.toList());
        }
    }

    @Test
    void fieldsOfANewerVersionAreKept() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                {"version": 1, "sync": {"remote": "x"},
                 "queries": {"old": {"sql": "select 2", "tags": ["a"], "description": "two"}}}
                """);
        store().save("new", "select 3");
        JsonNode json = new ObjectMapper().readTree(file().toFile());
        assertEquals("x", json.get("sync").get("remote").asText());
        assertEquals("two", json.get("queries").get("old").get("description").asText());
        assertEquals("a", json.get("queries").get("old").get("tags").get(0).asText());
        assertEquals(Map.of("old", "select 2", "new", "select 3"), store().load());
    }

    @Test
    void aNewerFormatIsReadButNeverRewritten() throws Exception {
        Files.createDirectories(file().getParent());
        String newer = "{\"version\": 2, \"queries\": {\"q\": {\"sql\": \"select 1\", \"params\": {\"x\": \"int\"}}}}";
        Files.writeString(file(), newer);
        assertEquals(Map.of("q", "select 1"), store().load());
        WadbException refused = assertThrows(WadbException.class, () -> store().save("r", "select 2"));
        assertTrue(refused.getMessage().contains("newer wadb (format 2)"), refused.getMessage());
        assertEquals(newer, Files.readString(file()));
    }

    @Test
    void aBrokenFileIsAClearErrorAndStaysAsItWas() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"version\": 1, \"queries\": [");
        WadbException broken = assertThrows(WadbException.class, () -> store().load());
        assertTrue(broken.getMessage().contains("is not valid JSON"), broken.getMessage());
        assertThrows(WadbException.class, () -> store().save("q", "select 1"));
        assertEquals("{\"version\": 1, \"queries\": [", Files.readString(file()));
        Files.writeString(file(), "{\"queries\": \"no\"}");
        assertTrue(assertThrows(WadbException.class, () -> store().load()).getMessage().contains("not a wadb"));
    }

    @Test
    void xdgConfigHomeWins() {
        QueryStore store = QueryStore.inConfigDirectory(Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x"));
        assertEquals(Path.of("/x/wadb/queries.json"), store.file());
    }

    @Test
    void withoutHomeTheStoreIsInTheAccountsHomeNeverTheJvmsUserHome() {
        QueryStore store = QueryStore.inConfigDirectory(Map.of(), Path.of("/account"));
        assertEquals(Path.of("/account/.config/wadb/queries.json"), store.file());
    }
}
