package com.vayyari.wadb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * psql as the oracle for a whole script: the same input runs through psql 15 and through wadb (the real {@code Main},
 * in-process), each on a fresh database set up the same way, and what each printed is compared byte for byte. stderr
 * is compared after the program-name prefix ({@code psql:}/{@code wadb:}) is taken off, as issue 14 allows.
 *
 * <pre>
 * PsqlOracle.script("\\set x 1\nselect :x;\n").viaFile().assertSame();
 * </pre>
 */
public final class PsqlOracle {

    /** What one program printed and how it ended. */
    public record Run(int exitCode, String out, String err) {
    }

    /** How the script reaches the program: {@code -f FILE}, piped stdin, or {@code -c TEXT}. */
    public enum Door { FILE, STDIN, COMMAND }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** psql writes {@code psql:FILE:LINE: }, wadb {@code wadb:FILE:LINE: }; a bare {@code psql: } or {@code wadb: } too. */
    private static final Pattern PREFIX = Pattern.compile("(?m)^(psql|wadb): ?");

    private final String script;
    private final List<String> args = new ArrayList<>(List.of("-X"));
    /** psql's {@code FILE:LINE: error: } before its own errors (and the space after wadb's name), taken off when asked. */
    private static final Pattern LOCATION = Pattern.compile("(?m)^ ?([^:\\n]*:\\d+: )?(error: )?");

    private String setup = "";
    /** A database both programs share instead of a fresh one each (read-only scripts on a costly fixture). */
    private String shared;
    private boolean ignoreErrorLocation;
    private String stdinAfterScript = "";
    private Door door = Door.FILE;
    /** What may differ between two runs by nature (a backend's PID), replaced in both outputs before comparing. */
    private final List<Map.Entry<Pattern, String>> replacements = new ArrayList<>();

    private PsqlOracle(String script) {
        this.script = script;
    }

    /** A comparison of {@code script}; by default run with {@code -X -f FILE}. */
    public static PsqlOracle script(String script) {
        return new PsqlOracle(script);
    }

    /** Flags both programs get (psql's spelling, which wadb accepts): {@code -q}, {@code -v ON_ERROR_STOP=1} … */
    public PsqlOracle args(String... more) {
        args.addAll(Arrays.asList(more));
        return this;
    }

    /** SQL both databases get first, through JDBC, before either program runs. */
    public PsqlOracle setup(String sql) {
        this.setup = sql;
        return this;
    }

    /** Runs both programs on {@code database} as it is, with no fresh database and no setup. */
    public PsqlOracle on(TestDatabase database) {
        this.shared = database.name();
        return this;
    }

    public PsqlOracle viaFile() {
        door = Door.FILE;
        return this;
    }

    public PsqlOracle viaStdin() {
        door = Door.STDIN;
        return this;
    }

    public PsqlOracle viaCommand() {
        door = Door.COMMAND;
        return this;
    }

    /** With {@link #viaFile()} or {@link #viaCommand()}: what stdin holds (for {@code COPY … FROM pstdin}, {@code \prompt}). */
    public PsqlOracle stdin(String text) {
        this.stdinAfterScript = text;
        return this;
    }

    /**
     * Compares stderr without the {@code FILE:LINE:} and {@code error:} psql puts before a message, for scripts whose
     * point is the message itself while wadb does not yet write psql's location.
     */
    public PsqlOracle ignoringErrorLocation() {
        this.ignoreErrorLocation = true;
        return this;
    }

    /** Replaces {@code regex} by {@code replacement} in both programs' stdout before they are compared. */
    public PsqlOracle replacing(String regex, String replacement) {
        replacements.add(Map.entry(Pattern.compile(regex), replacement));
        return this;
    }

    private String masked(String out) {
        for (Map.Entry<Pattern, String> replacement : replacements) {
            out = replacement.getKey().matcher(out).replaceAll(replacement.getValue());
        }
        return out;
    }

    /** Runs both and asserts the same stdout, the same stderr (prefix removed) and the same exit code. */
    public Run assertSame() throws IOException, SQLException, InterruptedException {
        return compare(true);
    }

    /** As {@link #assertSame()} but the exit codes may differ (where wadb's are not psql's yet). */
    public Run assertSameOutput() throws IOException, SQLException, InterruptedException {
        return compare(false);
    }

    private Run compare(boolean exitCodes) throws IOException, SQLException, InterruptedException {
        Path dir = Files.createTempDirectory("wadb-oracle-");
        try {
            Path file = dir.resolve("script.sql");
            Files.writeString(file, script);
            Run psql = runPsql(dir, file);
            Run wadb = runWadb(dir, file);
            assertEquals(masked(psql.out()), masked(wadb.out()), "stdout differs from psql's for:\n" + script);
            assertEquals(errors(psql.err()), errors(wadb.err()), "stderr differs from psql's for:\n" + script);
            if (exitCodes) {
                assertEquals(psql.exitCode(), wadb.exitCode(), "exit code differs from psql's; stderr:\n" + wadb.err());
            }
            return wadb;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** stderr with the program's name taken off every line that starts with it. */
    public static String normalize(String stderr) {
        return PREFIX.matcher(stderr).replaceAll("");
    }

    private String errors(String stderr) {
        String text = normalize(stderr);
        return ignoreErrorLocation ? LOCATION.matcher(text).replaceAll("") : text;
    }

    private Run runPsql(Path dir, Path file) throws IOException, SQLException, InterruptedException {
        String database = freshDatabase();
        try {
            TestDatabase.TestServer server = TestDatabase.TestServer.get();
            List<String> command = new ArrayList<>(List.of("psql", "-h", server.host(), "-p",
                    Integer.toString(server.port()), "-U", server.user(), "-d", database));
            command.addAll(args);
            String input = addDoor(command, file);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("PSQL") || name.equals("PGOPTIONS"));
            env.putAll(environment());
            return PsqlProcess.run(builder, dir, input);
        } finally {
            dropDatabase(database);
        }
    }

    private Run runWadb(Path dir, Path file) throws SQLException {
        String database = freshDatabase();
        try {
            List<String> command = new ArrayList<>(List.of("--url", TestDatabase.TestServer.get().url(database)));
            command.addAll(args);
            String input = addDoor(command, file);
            WadbRun run = WadbRun.wadb().in(dir).stdin(input);
            environment().forEach(run::env);
            WadbRun.Result result = run.run(command.toArray(String[]::new));
            return new Run(result.exitCode(), result.out(), result.err());
        } finally {
            dropDatabase(database);
        }
    }

    /** Adds the door's flag; returns what stdin carries. */
    private String addDoor(List<String> command, Path file) {
        switch (door) {
            case FILE -> {
                command.add("-f");
                command.add(file.getFileName().toString());
                return stdinAfterScript;
            }
            case COMMAND -> {
                command.add("-c");
                command.add(script);
                return stdinAfterScript;
            }
            default -> {
                return script;
            }
        }
    }

    /** The same client settings for both programs, so dates, zones and messages agree. */
    private static Map<String, String> environment() {
        return Map.of("PGTZ", "UTC", "PGCLIENTENCODING", "UTF8", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8",
                "PGAPPNAME", "oracle");
    }

    private String freshDatabase() throws SQLException {
        if (shared != null) {
            return shared;
        }
        String name = "oracle_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " template template0 encoding 'UTF8' locale 'C.UTF-8'");
        }
        if (!setup.isEmpty()) {
            try (Connection db = server.connect(name); Statement statement = db.createStatement()) {
                statement.execute(setup);
            }
        }
        return name;
    }

    private void dropDatabase(String name) throws SQLException {
        if (name.equals(shared)) {
            return;
        }
        try (Connection admin = TestDatabase.TestServer.get().connect("postgres");
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
