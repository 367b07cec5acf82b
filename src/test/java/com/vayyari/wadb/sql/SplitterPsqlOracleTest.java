package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * psql as the oracle: for each corpus script, the queries psql sends (its {@code -L} log) are the ones the splitter
 * yields. Runs only where psql is on PATH and a server answers ({@code WADB_TEST_URL}, else the local default);
 * the scripts run in read-only transactions, so nothing is written.
 */
class SplitterPsqlOracleTest {

    private static final String QUERY_START = "********* QUERY **********\n";
    private static final String QUERY_END = "\n**************************\n";
    private static final String URL = System.getenv().getOrDefault(
            "WADB_TEST_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    private static final long SEED = Long.getLong("wadb.oracle.seed", 0x0DAC1E);
    private static final int RANDOM_SCRIPTS = Integer.getInteger("wadb.oracle.scripts", 60);

    static Stream<Corpus> corpus() {
        return Corpus.all().filter(Corpus::oracle);
    }

    @BeforeAll
    static void psqlAnswers() throws InterruptedException {
        Required.that(psql(List.of("-c", "select 1")), "psql is not on PATH or no server answers at " + URL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void psqlSendsWhatTheSplitterYields(Corpus corpus, @TempDir Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("psql.log");
        List<String> args = List.of("-q", "-L", log.toString(), "-o", "/dev/null", "-f", corpus.script().toString());
        assertTrue(psql(args), "psql failed on " + corpus);
        assertEquals(sentByPsql(Files.readString(log, StandardCharsets.UTF_8)), sentBySplitter(corpus.text()));
    }

    /**
     * Random scripts of quotes, dollar quotes, comments, parentheses, routine bodies and safe psql commands: psql
     * and the splitter must cut them alike. Commands sit only where psql would not fail them, since psql drops the
     * rest of a line after a failed command and the splitter cannot know about failures.
     */
    @Test
    void randomScriptsSplitLikePsql(@TempDir Path dir) throws IOException, InterruptedException {
        String[] fragments = {
                "select ", "1", ";", " ", "\n", "'", "''", "\"", "E'", "e'x", "$$", "$a$", "$b$", "$1", "a$$b", "$",
                "(", ")", "\\x\n", "\\x \\\\ ", "\\g\n", "\\gx\n", "\\r\n", "\\;", "\\:", ":v", ":'v'", ":\"v\"",
                "::", "U&'", "b'", "begin ", "end ", "case ", "create ", "function ", "or replace ", "atomic ", "--",
                "/*", "*/", "-", "/", "*", "\t", "1e'", "é", "😀", "\n\n",
        };
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_SCRIPTS; i++) {
            StringBuilder script = new StringBuilder();
            for (int parts = random.nextInt(30); parts > 0; parts--) {
                script.append(fragments[random.nextInt(fragments.length)]);
            }
            Path file = dir.resolve("random" + i + ".sql");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Path log = dir.resolve("random" + i + ".log");
            assertTrue(psql(List.of("-q", "-L", log.toString(), "-o", "/dev/null", "-f", file.toString())));
            assertEquals(sentByPsql(Files.readString(log, StandardCharsets.UTF_8)), sentBySplitter(script.toString()),
                    () -> "script: " + Scripts.escape(script.toString()));
        }
    }

    /** The queries in a psql log that hold code. */
    private static List<String> sentByPsql(String log) {
        List<String> queries = new ArrayList<>();
        for (int start = log.indexOf(QUERY_START); start >= 0; start = log.indexOf(QUERY_START, start)) {
            start += QUERY_START.length();
            int end = log.indexOf(QUERY_END, start);
            String query = log.substring(start, end);
            if (hasCode(query)) {
                queries.add(query);
            }
            start = end;
        }
        return queries;
    }

    /** What psql would send for our pieces: statements, and the buffer (or the previous query) at \g and kin. */
    private static List<String> sentBySplitter(String script) {
        List<String> sent = new ArrayList<>();
        String previous = "";
        for (Piece piece : Scripts.split(script)) {
            String query = "";
            if (piece instanceof Piece.Sql sql) {
                query = sql.asSent();
            } else if (piece instanceof Piece.Meta meta && meta.sendsQuery()) {
                query = meta.query().isEmpty() ? previous : meta.query();
            }
            if (!query.isEmpty()) {
                previous = query;
            }
            if (hasCode(query)) {
                sent.add(query);
            }
        }
        return sent;
    }

    /** False for what the splitter drops and psql sends to no effect: only whitespace, comments, semicolons. */
    private static boolean hasCode(String query) {
        return !Scripts.split(query).isEmpty();
    }

    private static boolean psql(List<String> args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-d", URL));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("PGOPTIONS", "-c default_transaction_read_only=on",
                "PGCONNECT_TIMEOUT", "5", "LC_ALL", "C", "LANGUAGE", "C"));
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
