package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.ThrowawayCluster;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real primary and a real streaming standby, started by the test on free ports: which server each kind of
 * work reaches, for every target_session_attrs and host order, with and without read routing.
 */
class ReplicationTest {

    private static ThrowawayCluster primary;
    private static ThrowawayCluster standby;

    @BeforeAll
    static void startClusters() throws Exception {
        Required.throwawayCluster();
        primary = ThrowawayCluster.primary(List.of("log_statement = 'all'"));
        try (Connection c = primary.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE wa");
        }
        try (Connection c = primary.connect("wa"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1)");
        }
        standby = primary.standby();
        waitForReplica();
    }

    @AfterAll
    static void stopClusters() throws Exception {
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    private static void waitForReplica() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection c = standby.connect("wa"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return;
                }
            } catch (java.sql.SQLException notYet) {
                // the database has not arrived on the standby yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("standby never caught up");
    }

    private static String url(String hosts, String attrs) {
        return "postgresql://postgres@" + hosts + "/wa" + (attrs == null ? "" : "?target_session_attrs=" + attrs);
    }

    private static String serverOf(String url, String... extra) {
        String[] args = new String[extra.length + 6];
        System.arraycopy(extra, 0, args, 0, extra.length);
        System.arraycopy(new String[] {"--url", url, "-A", "-t", "-c", "select inet_server_port()"}, 0, args, extra.length, 6);
        Result result = wadb().run(args);
        assertEquals(0, result.exitCode(), result.err());
        return result.out().strip();
    }

    @Test
    void targetSessionAttrsPicksTheRightServerInEveryHostOrder() {
        String p = String.valueOf(primary.port());
        String s = String.valueOf(standby.port());
        for (String hosts : List.of(primary.hostPort() + "," + standby.hostPort(), standby.hostPort() + "," + primary.hostPort())) {
            assertEquals(p, serverOf(url(hosts, "read-write")), hosts);
            assertEquals(p, serverOf(url(hosts, "primary")), hosts);
            assertEquals(s, serverOf(url(hosts, "read-only")), hosts);
            assertEquals(s, serverOf(url(hosts, "standby")), hosts);
            assertEquals(s, serverOf(url(hosts, "prefer-standby")), hosts);
            assertEquals(hosts.substring(hosts.lastIndexOf(':', hosts.indexOf(',')) + 1, hosts.indexOf(',')),
                    serverOf(url(hosts, "any")), hosts);
        }
    }

    @Test
    void replicaSendsReadsToTheStandbyAndWritesToThePrimary() throws Exception {
        String both = primary.hostPort() + "," + standby.hostPort();
        assertEquals(String.valueOf(standby.port()), serverOf(url(both, null), "--replica"));
        assertEquals(String.valueOf(standby.port()), serverOf(url(both, null) + "?read_from=standby"));

        Result write = wadb().run("--url", url(both, null), "--replica", "-q", "-c", "insert into t values (2)");
        assertEquals(0, write.exitCode(), write.err());
        try (Connection c = primary.connect("wa"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM t WHERE id = 2")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertTrue(Files.readString(primary.dataDirectory().resolve("server.log")).contains("insert into t values (2)"));
    }

    @Test
    void aWriteOnAStandbyIsAClearOneLineError() {
        Result result = wadb().run("--url", url(standby.hostPort(), null), "-c", "insert into t values (3)");
        assertEquals(3, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("read-only transaction"), result.err());
    }

    @Test
    void whenTheStandbyStopsMidSessionReadsFallBackToThePrimaryWithOneLineSaid() throws Exception {
        String both = primary.hostPort() + "," + standby.hostPort();
        Process wadb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.vayyari.wadb.Main",
                "--url", url(both, null), "--replica", "-A", "-t").start();
        try (Writer in = new OutputStreamWriter(wadb.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(wadb.getInputStream(), StandardCharsets.UTF_8));
             BufferedReader err = new BufferedReader(new InputStreamReader(wadb.getErrorStream(), StandardCharsets.UTF_8))) {
            in.write("select inet_server_port();\n");
            in.flush();
            assertEquals(String.valueOf(standby.port()), out.readLine());
            standby.stop();
            try {
                in.write("select inet_server_port();\n");
                in.flush();
                assertEquals(String.valueOf(primary.port()), out.readLine());
                String said = err.readLine();
                while (said != null && said.startsWith("SLF4J:")) {
                    // The test class path has slf4j without a binding; the wadb jar has neither.
                    said = err.readLine();
                }
                assertTrue(said.contains("went away; reading from") && said.contains("(primary)"), said);
                in.close();
                assertEquals(0, wadb.waitFor());
                String rest = err.lines().filter(line -> !line.startsWith("SLF4J:")).reduce("", String::concat);
                assertEquals("", rest, "only one line is said");
            } finally {
                standby.start();
            }
        } finally {
            wadb.destroy();
        }
    }
}
