package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.install.InstalledLauncher.Result;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every environment variable wadb reads is the caller's, warm or not: a warm server started by one call
 * with one environment serves the next call with another, and must do exactly what a direct run
 * ({@code WADB_WARM=off}) with that environment does — same output, exit code and files written.
 */
class WarmEnvironmentIT {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    static Path prefix;

    @TempDir
    static Path runtime;

    @TempDir
    static Path home;

    private static InstalledLauncher wadb;

    @BeforeAll
    static void install() throws Exception {
        wadb = InstalledLauncher.install(prefix, runtime, Map.of("VAYYARI_WA_DB_CONNECTION_STRING", db.url(),
                "HOME", home.resolve("server-home").toString(), "WADB_WARM_IDLE", "600", "LANG", "C.UTF-8", "TZ", "UTC"));
    }

    @AfterAll
    static void stopServers() {
        wadb.stopServers();
    }

    @Test
    void twoCallsWithTwoConfigDirectoriesSaveEachInItsOwnThroughOneServer() throws Exception {
        Path dir = Files.createDirectories(home.resolve("two-calls"));
        ProcessHandle server = serverFor(dir, Map.of());
        Path a = Files.createDirectories(home.resolve("config-a"));
        Path b = Files.createDirectories(home.resolve("config-b"));

        Result one = wadb.run(dir, Map.of("XDG_CONFIG_HOME", a.toString()), "", "-c", "select 1", "-c", "\\save one");
        Result two = wadb.run(dir, Map.of("XDG_CONFIG_HOME", b.toString()), "", "-c", "select 2", "-c", "\\save two");

        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(0, two.exitCode(), two.toString());
        assertEquals(List.of(server), wadb.serversFor(Map.of()), "one server served both calls");
        assertTrue(read(a.resolve("wadb/queries.json")).contains("\"one\""), "\"one\" in A");
        assertFalse(read(a.resolve("wadb/queries.json")).contains("\"two\""), "\"two\" not in A");
        assertTrue(read(b.resolve("wadb/queries.json")).contains("\"two\""), "\"two\" in B");
        assertTrue(two.out().contains(b.resolve("wadb/queries.json").toString()), two.out());
    }

    @Test
    void eachVariableWadbReadsDoesWarmWhatItDoesInADirectRun() throws Exception {
        Path dir = Files.createDirectories(home.resolve("each"));
        ProcessHandle server = serverFor(dir, Map.of());
        List<String> differences = new ArrayList<>();
        for (Case c : cases()) {
            // Variables that pick the server (the JVM or its driver reads them) get one of their own.
            if (c.keysTheServer) {
                assertNotEquals(server, serverFor(dir, c.env), c.name + " must pick a server of its own");
            }
            Observed direct = observe(dir, c, Map.of("WADB_WARM", "off"));
            Observed warm = observe(dir, c, Map.of());
            if (!direct.equals(warm)) {
                differences.add(c.name + ":\n  direct " + direct + "\n  warm   " + warm);
            }
            if (c.distinct) {
                Case unset = new Case(c.name, Map.of(), c.effect, false, c.keysTheServer, c.args);
                Observed without = observe(dir, unset, Map.of("WADB_WARM", "off"));
                assertNotEquals(without, direct, c.name + " must change what the command does, or the case proves nothing");
            }
        }
        assertEquals(List.of(), differences, "warm and direct runs differ");
        assertEquals(List.of(server), wadb.serversFor(Map.of()), "one server served every call that sets no key variable");
        long keyed = cases().stream().filter(c -> c.keysTheServer).count();
        assertEquals(1 + keyed, wadb.servers().size(), "a server for each key variable's case, none else: " + wadb.servers());
    }

    /**
     * One variable set to a distinguishing value, the command that reads it and the file it writes (or
     * null). {@code distinct}: the value changes the outcome (those that matter only on a terminal don't).
     */
    private record Case(String name, Map<String, String> env, Path effect, boolean distinct, boolean keysTheServer,
                        String... args) {
    }

    private record Observed(Result result, String effect) {
    }

    private static List<Case> cases() {
        Path xdg = home.resolve("xdg");
        Path callerHome = home.resolve("caller-home");
        String[] save = {"-c", "select 42", "-c", "\\save answer"};
        String[] where = {"-A", "-t", "-c", "select current_database(), current_user"};
        return List.of(
                new Case("XDG_CONFIG_HOME", Map.of("XDG_CONFIG_HOME", xdg.toString()), xdg.resolve("wadb/queries.json"), true, false, save),
                new Case("HOME", Map.of("HOME", callerHome.toString()), callerHome.resolve(".config/wadb/queries.json"), true, false, save),
                new Case("VAYYARI_WA_DB_CONNECTION_STRING", Map.of("VAYYARI_WA_DB_CONNECTION_STRING",
                        db.url().replace("/" + db.name(), "/wadb_env_no_such_database")), null, true, false, where),
                new Case("PGDATABASE", pg("PGDATABASE", "wadb_env_no_such_database"), null, true, false, where),
                new Case("PGHOST", pg("PGHOST", "127.0.0.2"), null, true, false, where),
                new Case("PGPORT", pg("PGPORT", "1"), null, true, false, where),
                new Case("PGUSER", pg("PGUSER", "wadb_env_no_such_role"), null, true, false, where),
                new Case("PGPASSWORD", pg("PGPASSWORD", "anything-under-trust"), null, false, false, where),
                new Case("PGSSLMODE", pg("PGSSLMODE", "require"), null, false, false, where),
                new Case("PGTARGETSESSIONATTRS", pg("PGTARGETSESSIONATTRS", "standby"), null, true, false, where),
                new Case("PGPASSFILE", pg("PGPASSFILE", home.resolve("no-such-pgpass").toString()), null, false, true, where),
                // The session's zone is PGTZ's, as libpq's; TZ (the JVM's zone) must not change it, warm or direct.
                new Case("PGTZ", Map.of("PGTZ", "Asia/Kolkata"), null, true, false, "-A", "-t", "-c", "show timezone"),
                new Case("TZ", Map.of("TZ", "Asia/Kolkata"), null, false, true, "-A", "-t", "-c", "show timezone"),
                new Case("WADB_READ_ONLY", Map.of("WADB_READ_ONLY", "1"), null, true, false,
                        "-c", "create table wadb_env_read_only (x int)", "-c", "drop table wadb_env_read_only"),
                new Case("NO_COLOR", Map.of("NO_COLOR", "1"), null, false, false, "-c", "select 1"),
                new Case("PAGER", Map.of("PAGER", "false"), null, false, false, "-c", "select 1"),
                new Case("EDITOR", Map.of("EDITOR", "false"), null, false, false, "-c", "\\e"),
                new Case("VISUAL", Map.of("VISUAL", "false"), null, false, false, "-c", "\\e"),
                new Case("WADB_HISTORY", Map.of("WADB_HISTORY", home.resolve("history").toString()), null, false, false,
                        "-c", "select 1"));
    }

    /**
     * {@code name=value} in place of the connection string ("" removes it, so that the PG* variables count),
     * on this test's database unless it says otherwise.
     */
    private static Map<String, String> pg(String name, String value) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("VAYYARI_WA_DB_CONNECTION_STRING", "");
        env.put("PGDATABASE", db.name());
        env.put("PGUSER", "postgres");
        env.put(name, value);
        return env;
    }

    /** One run of the case, then the file it wrote (removed again, so that the next run starts clean). */
    private static Observed observe(Path dir, Case c, Map<String, String> mode) throws Exception {
        Map<String, String> env = new LinkedHashMap<>(c.env);
        env.putAll(mode);
        Result result = wadb.run(dir, env, "", c.args);
        String effect = null;
        if (c.effect != null && Files.exists(c.effect)) {
            // when a query was saved differs from run to run, and says nothing of where it went
            effect = Files.readString(c.effect).replaceAll("\"saved\" : \"[^\"]*\"", "\"saved\" : \"(when)\"");
            Files.delete(c.effect);
        }
        return new Observed(result, effect);
    }

    /** A warm server for calls from {@code dir} with {@code env}, started by a first call and ready. */
    private static ProcessHandle serverFor(Path dir, Map<String, String> env) throws Exception {
        Result first = wadb.run(dir, env, "", "-c", "select 1");
        assertTrue(first.exitCode() >= 0, first.toString());
        return wadb.awaitServerFor(env);
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
