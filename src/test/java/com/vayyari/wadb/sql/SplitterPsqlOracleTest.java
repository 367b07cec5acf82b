package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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

    static Stream<Corpus> corpus() {
        return Corpus.all().filter(Corpus::oracle);
    }

    @BeforeAll
    static void psqlAnswers() throws InterruptedException {
        assumeTrue(psql(List.of("-c", "select 1")), "psql is not on PATH or no server answers at " + URL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void psqlSendsWhatTheSplitterYields(Corpus corpus, @TempDir Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("psql.log");
        List<String> args = List.of("-q", "-L", log.toString(), "-o", "/dev/null", "-f", corpus.script().toString());
        assertTrue(psql(args), "psql failed on " + corpus);
        assertEquals(sentByPsql(Files.readString(log, StandardCharsets.UTF_8)), sentBySplitter(corpus.text()));
    }

    /** The queries in a psql log, less those with nothing but semicolons, which the splitter drops. */
    private static List<String> sentByPsql(String log) {
        List<String> queries = new ArrayList<>();
        for (int start = log.indexOf(QUERY_START); start >= 0; start = log.indexOf(QUERY_START, start)) {
            start += QUERY_START.length();
            int end = log.indexOf(QUERY_END, start);
            String query = log.substring(start, end);
            if (!query.replace(";", "").isBlank()) {
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
                sent.add(query);
                previous = query;
            }
        }
        return sent;
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
