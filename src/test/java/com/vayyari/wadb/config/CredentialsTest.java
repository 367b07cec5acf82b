package com.vayyari.wadb.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The secret filter and the connection parsers agree: every form the parsers read a password from is caught. */
class CredentialsTest {

    /** Connection strings as {@code --url}, {@code -d}, {@code \c} and the environment take them, with a password. */
    private static final List<String> WITH_PASSWORD = List.of(
            "postgresql://app:hunter2@db:5432/x",
            "postgres://app:hunter2@db/x",
            "postgresql://:hunter2@db/x",
            "postgresql://%61pp:hunter%32@db/x",
            "postgresql://app:hunter2@[::1]:5432/x",
            "postgresql://:hunter2@[2001:db8::1],[2001:db8::2]:5433/x",
            "postgresql://app:hunter2@h1:5432,h2:5433/x?target_session_attrs=read-write",
            "postgresql://app:hun@ter:2@db/x",
            "postgresql://app:hunter2@/x?host=/var/run/postgresql",
            "postgresql://db/x?password=hunter2",
            "postgresql://db/x?sslmode=require&password=hunter2",
            "postgresql://db/x?pass%77ord=hunter2",
            "password=hunter2 host=db",
            "host=db  password = 'hunter 2' dbname=x");

    @Test
    void everyFormTheParsersReadAPasswordFromIsCaught() {
        for (String text : WITH_PASSWORD) {
            String password = ConnInfo.parse(text).password();
            assertTrue(password != null && password.startsWith("hun"), text + " gives " + password);
            assertTrue(Credentials.appearIn(text), text);
            assertTrue(Credentials.appearIn("\\c " + text), "\\c " + text);
            assertTrue(Credentials.appearIn("\\connect '" + text.replace("'", "''") + "'"), "quoted: " + text);
            assertTrue(Credentials.appearIn("select '" + text.replace("'", "''") + "';"), "in SQL: " + text);
        }
    }

    @Test
    void jdbcUrlsAreCaughtToo() {
        for (String url : List.of("jdbc:postgresql://app:hunter2@db/x",
                "jdbc:postgresql://db/x?user=app&password=hunter2", "jdbc:postgresql://:hunter2@db/x")) {
            assertEquals("hunter2", ConnectionUrl.parse(url).password(), url);
            assertTrue(Credentials.appearIn("--url=" + url), url);
        }
    }

    @Test
    void aUrlTheParserRefusesCountsWhenItLooksLikeItHoldsOne() {
        assertTrue(Credentials.appearIn("\\c 'postgresql://app:hunter 2@db/x'"), "a space in the password");
        assertTrue(Credentials.appearIn("\\c postgresql://app:hun/ter2@db/x"), "a slash in the password");
        assertTrue(Credentials.appearIn("select 'POSTGRESQL://:hunter2@db/x'"), "the scheme in capitals");
    }

    @Test
    void connectionStringsWithoutAPasswordAreNotSecrets() {
        for (String text : List.of("postgresql://db/x", "postgresql://app@db:5432/x?sslmode=require",
                "postgresql://app@[::1]:5432/x", "postgresql://h1:5432,h2:5433/x", "host=db dbname=x user=app",
                "jdbc:postgresql://db/x?user=app")) {
            assertNull(ConnInfo.parse(text.replace("jdbc:", "")).password(), text);
            assertFalse(Credentials.appearIn(text), text);
            assertFalse(Credentials.appearIn("select '" + text + "', 'alice@example.com:1';"), "in SQL: " + text);
        }
    }
}
