package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster("log_statement = 'all'", "log_line_prefix = '%m [%p] %a: '");

    @BeforeAll
    static void schemaAndAChat() throws Exception {
        Result setup = wadb().run("--url", cluster.url(), "setup");
        assertEquals(0, setup.exitCode(), setup.err());
        try (Connection c = cluster.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO chats (jid, name, is_group) VALUES ('120363012345678901@g.us', 'Family', true)");
        }
    }


    @Test
    void aValueGivenToACommandIsNeverPartOfTheSqlText() throws Exception {
        long from = Files.size(cluster.log());
        for (String template : TEMPLATES) {
            List<String> args = new ArrayList<>(List.of("--url", cluster.url(), "-q"));
            for (String word : template.split(" ")) {
                args.add(word.equals("X") ? MARK : word);
            }
            Result result = wadb().run(args.toArray(String[]::new));
            assertTrue(result.exitCode() == 0 || result.err().startsWith("wadb: "), template + ": " + result.err());
        }
        String logged = Files.readString(cluster.log()).substring((int) from);
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
