package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.sql.Piece;
import com.vayyari.wadb.sql.StatementSplitter;
import com.vayyari.wadb.support.Containers;
import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase.TestServer;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code setup --citus}: the distributed DDL statement by statement, a clean refusal without Citus, and a real run on Citus where Docker answers. */
class CitusSetupTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    private static List<String> citusStatements() {
        Result printed = wadb().run("--url", db.url(), "setup", "--print", "--citus");
        assertEquals(0, printed.exitCode(), printed.err());
        String script = printed.out().substring(printed.out().indexOf("-- citus.sql"));
        StatementSplitter splitter = new StatementSplitter();
        List<String> statements = new ArrayList<>();
        for (String line : script.split("\n")) {
            for (Piece piece : splitter.feed(line)) {
                if (piece instanceof Piece.Sql sql) {
                    statements.add(sql.text());
                }
            }
        }
        return statements;
    }

    @Test
    void theDistributedDdlIsWhatCitusNeedsStatementByStatement() {
        List<String> statements = citusStatements();
        assertEquals("CREATE EXTENSION IF NOT EXISTS citus", statements.get(0));
        String keys = statements.get(1);
        assertTrue(keys.startsWith("DO $$"), keys);
        for (String change : List.of("ADD CONSTRAINT messages_pkey PRIMARY KEY (jid, id)",
                "ADD CONSTRAINT messages_jid_message_id_key UNIQUE (jid, message_id)",
                "ADD CONSTRAINT media_files_pkey PRIMARY KEY (jid, id)",
                "FOREIGN KEY (jid, message_id) REFERENCES messages (jid, message_id) ON DELETE SET NULL (message_id)")) {
            assertTrue(keys.contains(change), change);
        }
        assertTrue(statements.get(2).startsWith("SELECT create_reference_table('processing_state')"), statements.get(2));
        assertTrue(statements.get(3).startsWith("SELECT create_distributed_table('chats', 'jid')"), statements.get(3));
        for (int i = 4; i < 7; i++) {
            assertTrue(statements.get(i).matches("(?s)SELECT create_distributed_table\\('\\w+', 'jid', colocate_with => 'chats'\\).*"),
                    statements.get(i));
        }
        assertEquals(List.of("messages", "chat_tracking_state", "media_files"),
                statements.subList(4, 7).stream().map(s -> s.replaceAll("(?s).*?create_distributed_table\\('(\\w+)'.*", "$1")).toList());
        assertEquals(List.of("COMMIT"), statements.subList(7, statements.size()));
    }

    /** The key changes are plain PostgreSQL: run them here and check the seed's delete behaviour still holds. */
    @Test
    void theKeyChangesKeepTheSeedsCascadeAndSetNullBehaviour() throws Exception {
        String keys = citusStatements().get(1);
        db.execute(keys);
        db.execute(keys);
        db.execute("""
                INSERT INTO chats (jid) VALUES ('1@s.whatsapp.net');
                INSERT INTO messages (message_id, jid, "timestamp") VALUES ('m1', '1@s.whatsapp.net', 1);
                INSERT INTO media_files (message_id, jid, media_type, minio_url) VALUES ('m1', '1@s.whatsapp.net', 'photo', 'x');
                DELETE FROM messages WHERE message_id = 'm1';
                """);
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT message_id IS NULL, jid FROM media_files")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
            assertEquals("1@s.whatsapp.net", rs.getString(2));
        }
        db.execute("DELETE FROM chats");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM media_files")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void withoutCitusItSaysSoAndChangesNothing() throws Exception {
        String missing = "wadb_citus_none";
        Result result = wadb().run("--url", TestServer.get().url(missing), "setup", "--citus");
        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("no citus extension"), result.err());
        try (Connection c = TestServer.get().connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + missing + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the database must not have been created");
        }
    }

    @Test
    void onARealCitusNodeTheTablesAreDistributed() throws Exception {
        String url = Containers.startCitusIfDockerAnswers();
        Required.orSkip(url != null, "no Docker engine: the Citus container test runs where one answers");
        Result result = wadb().run("--url", url, "setup", "--citus");
        assertEquals(0, result.exitCode(), result.err());
        Result again = wadb().run("--url", url, "setup", "--citus");
        assertEquals(0, again.exitCode(), again.err());
        Result tables = wadb().run("--url", url, "-A", "-t", "-c",
                "select logicalrelid::text || ':' || partmethod from pg_dist_partition order by 1");
        assertEquals("chat_tracking_state:h\nchats:h\nmedia_files:h\nmessages:h\nprocessing_state:n\n", tables.out());
    }
}
