package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warm start (README "Warm start"), the servers' lives: a client that goes away cancels its statement, and a
 * server that is wedged, dies, failed to start or sits idle is passed by, reported, not restarted at once, or exits.
 */
class WarmStartLifecycleIT extends WarmStartSupport {

    @Test
    void aClientThatGoesAwayCancelsItsStatement() throws Exception {
        Path dir = Files.createDirectories(home.resolve("cancel"));
        wadb(dir, Map.of(), "-c", "select 1");
        awaitServerFor(dir);
        Launched sleeper = launch(dir, Map.of(), true, "-c", "select pg_sleep(60) as warm_start_sleeper");
        await(() -> sleepers() == 1, "the statement to start");
        sleeper.process.destroy();  // SIGTERM, as a killed script's children get
        await(() -> sleepers() == 0, "the server to cancel the statement of a client that is gone");
    }

    @Test
    void aWedgedServerIsPassedByAndNeverRunsTheCommandToo() throws Exception {
        Path dir = Files.createDirectories(home.resolve("wedged"));
        db.execute("CREATE TABLE wedge_runs (at timestamptz DEFAULT now())");
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        ProcessHandle server = servers().filter(p -> socket.equals(socketOf(p))).findFirst().orElseThrow();
        signal("STOP", server);
        try {
            Result run = wadb(dir, Map.of(), "-q", "-c", "insert into wedge_runs default values");
            assertEquals(new Result(0, "", ""), run, "run directly after the server said nothing for 5 s");
        } finally {
            signal("CONT", server);
        }
        // The server now takes the connection the client gave up on: it must find no command in it.
        Thread.sleep(1000);
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select count(*) from wedge_runs"));
    }

    @Test
    void aServerThatDiesMidCommandIsReportedNotRetried() throws Exception {
        Path dir = Files.createDirectories(home.resolve("dies"));
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        Launched sleeper = launch(dir, Map.of(), true, "-c", "select pg_sleep(60) as warm_start_dies");
        Thread.sleep(500);
        servers().filter(p -> socket.equals(socketOf(p))).forEach(ProcessHandle::destroyForcibly);
        Result result = sleeper.finish();
        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("wadb: the warm server stopped before the command finished"), result.err());
    }

    @Test
    void aServerThatJustFailedToStartIsNotStartedAgainAtOnce() throws Exception {
        Path dir = Files.createDirectories(home.resolve("restart"));
        wadb(dir, Map.of(), "-c", "select 1");
        Path socket = awaitServerFor(dir);
        servers().filter(p -> socket.equals(socketOf(p))).forEach(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        Files.writeString(log, "as a server that failed to start leaves it\n");

        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        Thread.sleep(1500);
        assertTrue(servers().noneMatch(p -> socket.equals(socketOf(p))), "no new server within 30 s of the last start");

        Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, Map.of(), "-A", "-t", "-c", "select 1"));
        assertEquals(socket, awaitServerFor(dir), "a new server once the log is older");
    }

    @Test
    void anIdleServerExitsAndTheNextCallStartsAnother() throws Exception {
        Path dir = Files.createDirectories(home.resolve("idle"));
        Map<String, String> shortIdle = Map.of("WADB_WARM_IDLE", "1");
        assertEquals(0, wadb(dir, shortIdle, "-c", "select 1").exitCode());
        Path socket = awaitServerFor(dir);
        await(() -> !Files.exists(socket), "the idle server to remove its socket");
        await(() -> servers().noneMatch(p -> commandLine(p).contains(socket.toString())), "the idle server to exit");
        // An empty log goes with its server; one with something in it stays for the user to read.
        Path log = socket.resolveSibling(socket.getFileName() + ".log");
        await(() -> !Files.exists(log) || size(log) > 0, "the idle server's empty log to be removed");
        assertFalse(Files.exists(log), () -> "the idle server said something in its log:\n" + read(log));
        assertEquals(new Result(0, "1\n", ""), wadb(dir, shortIdle, "-A", "-t", "-c", "select 1"));
    }
}
