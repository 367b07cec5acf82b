package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.session.SessionOptions;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --timeout SECONDS} is the session's statement_timeout: a statement stuck behind another session's lock
 * is cancelled by the server after that long and reported in one line as psql does, never a hang.
 */
class TimeoutTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    /** A second session holding a lock, as a long migration or a forgotten psql would. */
    private Connection holder;

    @BeforeEach
    void holdALock() throws Exception {
        holder = db.connect();
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("LOCK TABLE chats IN ACCESS EXCLUSIVE MODE");
        }
    }

    @AfterEach
    void releaseIt() throws Exception {
        holder.rollback();
        holder.close();
    }

    @Test
    void aLockWaitLongerThanTheTimeoutIsReportedInOneLineWithSqlstate57014() {
        long started = System.nanoTime();
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> wadb().run("--url", db.url(), "--timeout", "1", "-c", "select count(*) from chats"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals(3, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        assertTrue(result.err().equals("ERROR:  canceling statement due to statement timeout\n"), result.err());
        assertTrue(seconds < 10, "the timeout was 1 s, the run took " + seconds + " s");
    }

    @Test
    void theTimeoutHoldsForPipedInputAndAWriteToo() {
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> wadb()
                .stdin("select 1;\ninsert into chats (jid) values ('1@s.whatsapp.net');\nselect 2;\n")
                .run("--url", db.url(), "--timeout", "1", "-A", "-t"));
        assertEquals(3, result.exitCode(), result.err());
        assertEquals("1\n", result.out(), "stops at the statement that timed out");
        assertTrue(result.err().contains("ERROR:  canceling statement due to statement timeout"), result.err());
    }

    /** A \\connect string with options of its own keeps --timeout, as it keeps --read-only (it used to drop both). */
    @Test
    void aNewConnectionStringKeepsTheTimeout() {
        String withOptions = db.url() + (db.url().contains("?") ? "&" : "?") + "options=-c%20work_mem%3D8MB";
        Result result = wadb().stdin("\\connect " + withOptions + "\nshow statement_timeout;\nshow work_mem;\n")
                .run("--url", db.url(), "--timeout", "7", "-q", "-A", "-t");
        assertEquals("7s\n8MB\n", result.out(), result.err());
        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void inTheReplATimedOutStatementLeavesAUsableSession() throws Exception {
        SessionOptions options = new SessionOptions(false, true, false, 1, false, false);
        try (InteractiveShell repl = new InteractiveShell(db.url(), options)) {
            InteractiveShell.Said stuck = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> repl.type("select count(*) from chats;"));
            Expect.oneLine(stuck.err());
            assertTrue(stuck.err().contains("ERROR:  canceling statement due to statement timeout"), stuck.err());
            holder.rollback();
            InteractiveShell.Said after = repl.type("select count(*) from chats;");
            assertEquals("", after.err());
            assertTrue(after.out().contains("(1 row)"), after.out());
        }
    }

    /** These open connections of their own, which must carry the timeout as the session's does. */
    @ParameterizedTest
    @ValueSource(strings = {"setup", "generate --chats 2 --messages 10"})
    void commandsWaitingForALockAreCancelledToo(String command) {
        String[] args = ("--url " + db.url() + " --timeout 1 " + command).split(" ");
        Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> wadb().run(args));
        assertEquals(3, result.exitCode(), result.err());
        Expect.oneLine(result.err());
        // setup wraps the server's error in its own line, generate prints it as psql would
        assertTrue(result.err().contains("canceling statement due to statement timeout"), result.err());
    }
}
