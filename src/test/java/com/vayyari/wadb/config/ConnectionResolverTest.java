package com.vayyari.wadb.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {

    @TempDir
    Path dir;

    private ConnectionSettings resolve(Map<String, String> env, ConnectionResolver.Flags flags) {
        return new ConnectionResolver(env, dir).resolve(flags);
    }

    @Test
    void withNothingSetTheSeedDefaultIsUsed() {
        ConnectionSettings s = resolve(Map.of(), ConnectionResolver.Flags.none());
        assertEquals(List.of(new HostPort("localhost", 5432)), s.hosts());
        assertEquals("postgres", s.user());
        assertEquals("password", s.password());
        assertEquals("whatsapp_vayyari_data", s.database());
        assertEquals("default", s.source());
    }

    @Test
    void precedenceIsUrlFlagThenVariableThenDotEnvThenPgVariables() throws IOException {
        Files.writeString(dir.resolve(".env"), "# comment\nexport VAYYARI_WA_DB_CONNECTION_STRING=\"postgresql://dot:env@dothost:1111/dotdb\"\n");
        Map<String, String> env = Map.of(
                "VAYYARI_WA_DB_CONNECTION_STRING", "postgresql://var:v@varhost:2222/vardb",
                "PGHOST", "pghost", "PGUSER", "pguser");
        ConnectionResolver.Flags url = new ConnectionResolver.Flags("postgresql://flag@flaghost:3333/flagdb", null, null, null, null);

        assertEquals("flaghost", resolve(env, url).hosts().get(0).host());
        assertEquals("varhost", resolve(env, ConnectionResolver.Flags.none()).hosts().get(0).host());
        assertEquals(ConnectionResolver.ENV_VARIABLE, resolve(env, ConnectionResolver.Flags.none()).source());

        ConnectionSettings fromDotEnv = resolve(Map.of("PGHOST", "pghost"), ConnectionResolver.Flags.none());
        assertEquals("dothost", fromDotEnv.hosts().get(0).host());
        assertEquals("dotdb", fromDotEnv.database());
        assertEquals(".env", fromDotEnv.source());

        Files.delete(dir.resolve(".env"));
        ConnectionSettings fromPg = resolve(Map.of("PGHOST", "pghost", "PGUSER", "pguser", "PGPORT", "6543"),
                ConnectionResolver.Flags.none());
        assertEquals(List.of(new HostPort("pghost", 6543)), fromPg.hosts());
        assertEquals("pguser", fromPg.user());
        assertNull(fromPg.password(), "no PGPASSWORD: left to .pgpass");
        assertEquals("whatsapp_vayyari_data", fromPg.database());
    }

    @Test
    void hostPortUserDatabaseFlagsOverrideTheirPartOfAnySource() {
        Map<String, String> env = Map.of("VAYYARI_WA_DB_CONNECTION_STRING", "postgresql://u:p@h:1/db?sslmode=require");
        ConnectionSettings s = resolve(env, new ConnectionResolver.Flags(null, "other", 5433, "me", "mine"));
        assertEquals(List.of(new HostPort("other", 5433)), s.hosts());
        assertEquals("me", s.user());
        assertEquals("mine", s.database());
        assertEquals("p", s.password());
        assertEquals("require", s.jdbcProperties().getProperty("sslmode"));
    }

    @Test
    void percentEncodedUserAndPasswordAreDecoded() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://us%40er:p%3Ass%2Fw%25rd%20x@db.example:5433/my%20db");
        assertEquals("us@er", url.user());
        assertEquals("p:ss/w%rd x", url.password());
        assertEquals("my db", url.database());
        assertEquals(List.of("db.example"), url.hosts());
        assertEquals(List.of(5433), url.ports());
    }

    @Test
    void missingPartsAreFilledFromPgVariablesThenDefaults() {
        ConnectionSettings s = resolve(Map.of("PGPORT", "7777"), new ConnectionResolver.Flags("postgresql://", null, null, null, null));
        assertEquals(List.of(new HostPort("localhost", 7777)), s.hosts());
        assertEquals("postgres", s.user());
        assertEquals("whatsapp_vayyari_data", s.database());
        assertNull(s.password());
    }

    @Test
    void multiHostUrlsAndQueryParametersAreKept() {
        ConnectionSettings s = resolve(Map.of(), new ConnectionResolver.Flags(
                "postgresql://a:5432,b:5433,[::1]/db?target_session_attrs=read-write&sslmode=verify-full&connect_timeout=3",
                null, null, null, null));
        assertEquals(List.of(new HostPort("a", 5432), new HostPort("b", 5433), new HostPort("::1", 5432)), s.hosts());
        assertEquals("jdbc:postgresql://a:5432,b:5433,[::1]:5432/db", s.jdbcUrl());
        assertEquals("primary", s.jdbcProperties().getProperty("targetServerType"));
        assertEquals("verify-full", s.jdbcProperties().getProperty("sslmode"));
        assertEquals("3", s.jdbcProperties().getProperty("connectTimeout"));
    }

    @Test
    void thePasswordNeverShowsInPrintableForms() {
        ConnectionSettings s = resolve(Map.of(), new ConnectionResolver.Flags(
                "postgresql://alice:s3cr%21t@h/db", null, null, null, null));
        assertEquals("s3cr!t", s.password());
        for (String shown : List.of(s.toString(), s.displayUrl(), s.jdbcUrl())) {
            assertFalse(shown.contains("s3cr"), shown);
        }
        assertTrue(s.displayUrl().contains("alice:***@"));
        assertEquals("postgresql://alice:***@h/db", ConnectionUrl.redact("postgresql://alice:s3cr%21t@h/db"));
        assertEquals("mysql://u:***@h/db", ConnectionUrl.redact("mysql://u:p@ss@h/db"), "a password holding '@'");
    }

    @Test
    void badUrlsAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse("mysql://x"));
        assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse("postgresql://h:notaport/db"));
        assertThrows(IllegalArgumentException.class, () -> ConnectionUrl.parse("postgresql://u:%zz@h/db"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolve(Map.of(), new ConnectionResolver.Flags("postgresql://h/db?target_session_attrs=bogus", null, null, null, null)));
        assertTrue(e.getMessage().contains("target_session_attrs"));
    }
}
