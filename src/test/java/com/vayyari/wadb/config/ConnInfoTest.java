package com.vayyari.wadb.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** libpq's key=value connection strings, and where their parts land among the other sources. */
class ConnInfoTest {

    @Test
    void recognisesConnectionStringsAsLibpqDoes() {
        assertTrue(ConnInfo.isConnectionString("dbname=x"));
        assertTrue(ConnInfo.isConnectionString("postgresql://h/db"));
        assertTrue(ConnInfo.isConnectionString("postgres://h/db"));
        assertFalse(ConnInfo.isConnectionString("mydb"));
        assertFalse(ConnInfo.isConnectionString(null));
    }

    @Test
    void quotesBackslashesAndSpacesAroundEquals() {
        ConnectionUrl parsed = ConnInfo.parse("  host = db1 port=5433 dbname='my \\'db\\'' user=a\\ b password='p w' sslmode=require ");
        assertEquals(List.of("db1"), parsed.hosts());
        assertEquals(List.of(5433), parsed.ports());
        assertEquals("my 'db'", parsed.database());
        assertEquals("a b", parsed.user());
        assertEquals("p w", parsed.password());
        assertEquals(Map.of("sslmode", "require"), parsed.parameters());
    }

    @Test
    void multipleHostsAndPorts() {
        ConnectionUrl parsed = ConnInfo.parse("host=a,b port=1,2");
        assertEquals(List.of("a", "b"), parsed.hosts());
        assertEquals(List.of(1, 2), parsed.ports());
        assertNull(parsed.database());
    }

    @Test
    void libpqsMessagesForBrokenStrings() {
        assertEquals("missing \"=\" after \"dbname\" in connection info string",
                assertThrows(IllegalArgumentException.class, () -> ConnInfo.parse("host=x dbname")).getMessage());
        assertEquals("unterminated quoted string in connection info string",
                assertThrows(IllegalArgumentException.class, () -> ConnInfo.parse("dbname='x")).getMessage());
    }

    @Test
    void whatTheStringSaysWinsOverFlagsTheRestComesFromTheEnvironment() {
        ConnectionResolver resolver = new ConnectionResolver(Map.of("PGPASSWORD", "secret", "PGTZ", "UTC"), Path.of("/"));
        ConnectionSettings settings = resolver.resolve(new ConnectionResolver.Flags(null, "flaghost", 6000, "flaguser",
                "host=strhost dbname=strdb"));
        assertEquals("strhost:6000", settings.hostList());
        assertEquals("strdb", settings.database());
        assertEquals("flaguser", settings.user());
        assertEquals("secret", settings.password());
        assertEquals("UTC", settings.parameters().get("timezone"));
    }

    @Test
    void aUriInDashD() {
        ConnectionSettings settings = new ConnectionResolver(Map.of(), Path.of("/"))
                .resolve(new ConnectionResolver.Flags(null, null, null, "flaguser", "postgresql://u@h:7/d"));
        assertEquals(Arrays.asList("h:7", "d", "u"), List.of(settings.hostList(), settings.database(), settings.user()));
    }
}
