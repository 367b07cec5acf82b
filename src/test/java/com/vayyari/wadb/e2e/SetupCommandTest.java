package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase.TestServer;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code wadb setup} as a user runs it: on a server without the database, twice, and against nothing. */
class SetupCommandTest {

    @RegisterExtension
    static final TestDatabase viaPsql = new TestDatabase();

    private final String fresh = "wadb_setup_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 20);

    @AfterEach
    void dropFresh() throws Exception {
        try (Connection admin = TestServer.get().connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + fresh + " WITH (FORCE)");
        }
    }

    @Test
    void createsTheDatabaseAndAllTablesThenASecondRunChangesNothing() throws Exception {
        String url = TestServer.get().url(fresh);
        Result first = wadb().run("--url", url, "setup");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("database " + fresh + ": created"), first.out());
        for (String table : new String[] {"chats", "messages", "chat_tracking_state", "processing_state", "media_files"}) {
            assertTrue(first.out().matches("(?s).*\\b" + table + "\\s+created\\b.*"), first.out());
        }
        String before = Processes.pgDumpSchema(fresh);

        Result second = wadb().run("--url", url, "setup");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("nothing changed"), second.out());
        assertFalse(second.out().contains(" created"), second.out());
        assertEquals("", second.err());
        assertEquals(before, Processes.pgDumpSchema(fresh), "second setup changed the schema");
    }

    @Test
    void psqlRunningSetupSqlGivesTheSameSchemaAsWadbSetup() throws Exception {
        assertEquals(0, wadb().run("--url", TestServer.get().url(fresh), "setup").exitCode());
        Processes.Result psql = Processes.psql(viaPsql.name(), "-v", "ON_ERROR_STOP=1", "-f", "ddl/setup.sql");
        assertEquals(0, psql.exitCode(), psql.err());
        Processes.Result again = Processes.psql(viaPsql.name(), "-v", "ON_ERROR_STOP=1", "-f", "ddl/setup.sql");
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(again.err().toLowerCase(Locale.ROOT).contains("error"), again.err());
        assertEquals(Processes.pgDumpSchema(fresh), Processes.pgDumpSchema(viaPsql.name()));
    }

    @Test
    void printShowsTheSqlAndTouchesNothing() {
        Result printed = wadb().run("--url", TestServer.get().url(fresh), "setup", "--print");
        assertEquals(0, printed.exitCode(), printed.err());
        assertTrue(printed.out().contains("CREATE TABLE IF NOT EXISTS messages"), printed.out());
        assertTrue(printed.out().contains("COMMENT ON COLUMN media_files.deeplens_url"), printed.out());
    }

    @Test
    void aClosedPortIsExitTwoAndOneLineWithoutThePassword() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Result result = wadb().run("--url", "postgresql://postgres:hunter2@127.0.0.1:" + port + "/x", "setup");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("wadb: could not connect to 127.0.0.1:" + port + "/x: "), result.err());
        assertFalse(result.err().contains("hunter2"));
        assertFalse(result.err().contains("Exception"));
    }

    @Test
    void aRefusedLoginIsExitTwoAndOneLine() {
        Result result = wadb().run("--url", TestServer.get().url(fresh).replace("://" + TestServer.get().user(),
                "://no_such_role_wadb:pw"), "setup");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("could not connect to"), result.err());
        assertFalse(result.err().contains(":pw"), result.err());
    }
}
