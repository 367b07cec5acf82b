package com.vayyari.wadb.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh as a user runs it, into a temporary prefix with the jar {@code mvn verify} just packaged
 * (an integration test, so it runs after {@code package}), against a database of its own that its
 * {@code wadb setup} creates. Then the installed launcher, with its archive fresh, stale and missing.
 */
class InstallScriptIT {

    private static final Path JAR = Path.of("target", "wadb.jar").toAbsolutePath();

    @TempDir
    static Path prefix;

    @TempDir
    static Path workingDirectory;

    private static String database;
    private static Run firstInstall;

    @BeforeAll
    static void install() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the integration tests through mvn verify");
        database = "wadb_t_install_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        firstInstall = install("--prefix", prefix.toString(), "--jar", JAR.toString());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database == null) {
            return;
        }
        try (Connection admin = TestServer.get().connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void installsLauncherJarAndArchiveAndSetsUpTheDatabase() throws Exception {
        assertEquals(0, firstInstall.exitCode(), firstInstall.toString());
        assertEquals("", firstInstall.err(), "nothing on stderr when all goes well");
        assertTrue(firstInstall.out().contains("database " + database + ": created"), firstInstall.out());
        assertTrue(Files.isExecutable(launcher()));
        assertTrue(Files.isRegularFile(prefix.resolve("lib/wadb/wadb.jar")));
        assertNotNull(archive(), "a class-data archive in " + prefix.resolve("lib/wadb"));

        assertSelectOne(selectOne(Map.of()));
        Run tables = wadb(Map.of(), "-A", "-t", "-c", "select count(*) from pg_tables where schemaname = 'public'"
                + " and tablename in ('chats', 'messages', 'chat_tracking_state', 'processing_state', 'media_files')");
        assertEquals("5\n", tables.out(), tables.toString());
    }

    @Test
    void theInstalledArchiveFitsTheLauncher() throws Exception {
        // In these modes the JVM exits instead of running without the archive.
        String mustMap = archive().getFileName().toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on";
        assertSelectOne(selectOne(Map.of("WADB_JAVA_OPTS", mustMap)));
    }

    /**
     * The archive is trained on a REPL session, so the REPL maps it too: in a terminal, with the archive required
     * (the JVM exits rather than start without it), the prompt comes, with no JVM or JLine warning before it, and
     * a query runs. Not timed: bench/ measures time to prompt.
     */
    @Test
    void theReplReachesItsPromptWithTheArchive() throws Exception {
        assertTrue(firstInstall.out().contains("training run: a REPL session"), firstInstall.out());
        String mustMap = archive().getFileName().toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on";
        Map<String, String> env = Map.of("WADB_JAVA_OPTS", mustMap, "VAYYARI_WA_DB_CONNECTION_STRING",
                TestServer.get().url(database), "WADB_HISTORY", workingDirectory.resolve("history").toString(),
                "PAGER", "");
        try (com.vayyari.wadb.support.Tmux repl = com.vayyari.wadb.support.Tmux.startProgram(env, launcher(), "-X")) {
            String screen = repl.waitFor(text -> text.contains(database + "=#") || text.contains(database + "=>"),
                    60_000);
            assertTrue(screen.startsWith("wadb — PostgreSQL "), "the welcome line comes first: " + screen);
            repl.line("select 40 + 2 as answer;");
            assertTrue(repl.waitFor(text -> text.contains("(1 row)"), 20_000).contains("     42\n"));
            repl.line("\\q");
            repl.waitUntilEnded(20_000);
        }
    }

    @Test
    void aStaleOrMissingArchiveCostsOnlyTime() throws Exception {
        Path jar = prefix.resolve("lib/wadb/wadb.jar");
        FileTime installed = Files.getLastModifiedTime(jar);
        Path archive = archive();
        Path aside = archive.resolveSibling("aside");
        try {
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
            assertSelectOne(selectOne(Map.of()));
            Files.move(archive, aside);
            assertSelectOne(selectOne(Map.of()));
        } finally {
            if (Files.exists(aside)) {
                Files.move(aside, archive);
            }
            Files.setLastModifiedTime(jar, installed);
        }
    }

    @Test
    void installsBashCompletionAndAManPageThatManFinds() throws Exception {
        Path completion = prefix.resolve("share/bash-completion/completions/wadb");
        assertEquals(wadb(Map.of(), "completion", "bash").out(), Files.readString(completion));
        Path page = prefix.resolve("share/man/man1/wadb.1");
        assertTrue(Files.readString(page).startsWith(".TH WADB 1 "), "not a man page: " + page);
        // As after install with PREFIX/bin on PATH: man derives PREFIX/share/man from it.
        Run man = run(List.of("man", "-w", "wadb"), Map.of("PATH", prefix.resolve("bin") + ":/usr/bin:/bin"));
        assertEquals(new Run(0, page + "\n", ""), man);
    }

    @Test
    void runningItAgainIsSafe() throws Exception {
        Run again = install("--prefix", prefix.toString(), "--jar", JAR.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("", again.err());
        assertTrue(again.out().contains("database " + database + ": already there"), again.out());
        assertTrue(again.out().contains("schema is up to date; nothing changed"), again.out());
        assertSelectOne(selectOne(Map.of()));
    }

    @Test
    void helpAndBadArguments() throws Exception {
        Run help = install("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: ./install.sh"), help.out());
        Run bad = install("--frobnicate");
        assertEquals(1, bad.exitCode());
        assertEquals("install.sh: unknown argument: --frobnicate (try --help)\n", bad.err());
    }

    /** Exit 0, exactly "1" on stdout and nothing on stderr: no JVM word about the archive, fresh or not. */
    private static void assertSelectOne(Run run) {
        assertEquals(new Run(0, "1\n", ""), run);
    }

    private static Path launcher() {
        return prefix.resolve("bin/wadb");
    }

    private static Path archive() throws IOException {
        for (String name : List.of("wadb.aot", "wadb.jsa")) {
            Path candidate = prefix.resolve("lib/wadb").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Run install(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("install.sh").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    private static Run selectOne(Map<String, String> env) throws Exception {
        return wadb(env, "-A", "-t", "-c", "select 1");
    }

    private static Run wadb(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    /** Runs in an empty working directory (no stray ./.env) with this test's database configured. */
    private static Run run(List<String> command, Map<String, String> extraEnv) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PG"));
        env.remove("WADB_JAVA_OPTS");
        // These tests are about the JVM and its archive: each call starts one (the WarmStart*IT classes test the client).
        env.put("WADB_WARM", "off");
        env.put("VAYYARI_WA_DB_CONNECTION_STRING", TestServer.get().url(database));
        env.put("LANG", "C.UTF-8");
        env.putAll(extraEnv);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return new Run(process.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A finished process. */
    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "exit %d%n--- stdout%n%s--- stderr%n%s", exitCode, out, err);
        }
    }
}
