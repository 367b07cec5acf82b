package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vayyari.wadb.support.ThrowawayCluster;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every value a user gives a domain command reaches the server as a bind parameter, never inside the SQL
 * text. Read from the server's own log (log_statement = all): a marked value shows up only on the
 * {@code DETAIL:  parameters:} lines, never in a {@code statement:} or {@code execute} line — so no quote in
 * it can ever change what a statement means.
 */
class ParameterizedSqlTest {

    /** A value with a quote, a backslash and an SQL comment in it, easy to find in the log. */
    private static final String MARK = "Zq9'mark\\ -- x";

    /** Command lines with X where the marked value goes: every argument that ends up in a query. */
    private static final List<String> TEMPLATES = List.of("search X", "search hello --chat X",
            "search hello --sender X", "chats --like X", "messages X", "media --chat X", "stats --chat X",
            "stats --sender X", "excluded X", "exclude Family --reason X", "include X", "pause --reason X",
            "resume", "exclude X --create --dry-run", "include Family --dry-run", "undo --dry-run");

    private static ThrowawayCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(ThrowawayCluster.available(), "PostgreSQL server binaries or the postgres user are missing");
        cluster = ThrowawayCluster.primary(List.of("log_statement = 'all'", "log_line_prefix = '%m [%p] %a: '"));
        try (Connection c = cluster.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE wa");
        }
        Result setup = wadb().run("--url", cluster.url("wa"), "setup");
        assertEquals(0, setup.exitCode(), setup.err());
        try (Connection c = cluster.connect("wa"); Statement st = c.createStatement()) {
            st.execute("INSERT INTO chats (jid, name, is_group) VALUES ('120363012345678901@g.us', 'Family', true)");
        }
    }

    @AfterAll
    static void removeCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aValueGivenToACommandIsNeverPartOfTheSqlText() throws Exception {
        Path log = cluster.dataDirectory().resolve("server.log");
        long from = Files.size(log);
        for (String template : TEMPLATES) {
            List<String> args = new ArrayList<>(List.of("--url", cluster.url("wa"), "-q"));
            for (String word : template.split(" ")) {
                args.add(word.equals("X") ? MARK : word);
            }
            Result result = wadb().run(args.toArray(String[]::new));
            assertTrue(result.exitCode() == 0 || result.err().startsWith("wadb: "), template + ": " + result.err());
        }
        String logged = Files.readString(log).substring((int) from);
        List<String> inText = new ArrayList<>();
        long asParameter = 0;
        for (String line : logged.split("\n")) {
            if (!line.contains("Zq9")) {
                continue;
            }
            if (line.contains("DETAIL:  parameters:")) {
                asParameter++;
            } else {
                inText.add(line);
            }
        }
        assertEquals(List.of(), inText, "a value was written into the SQL text");
        assertTrue(asParameter >= TEMPLATES.size() / 2, "the values reached the server as parameters:\n" + logged);
    }
}
