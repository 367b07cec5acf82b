package com.vayyari.wadb.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL cluster of the test's own on a free port, run as the {@code postgres} OS user with the
 * server binaries of this machine: a primary, or a streaming standby made with {@code pg_basebackup -R}.
 * Tests stop and start it to see what wadb does when a server goes away; {@link #close()} removes it.
 */
public final class ThrowawayCluster implements AutoCloseable {

    private static final Path BIN = locateBin();

    private final Path dataDirectory;
    private final int port;

    private ThrowawayCluster(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** True when the server binaries are here and we can run them as postgres (root or postgres itself). */
    public static boolean available() {
        String user = System.getProperty("user.name");
        return BIN != null && ("root".equals(user) || "postgres".equals(user));
    }

    /** A new primary that accepts replication connections, started. */
    public static ThrowawayCluster primary(List<String> extraConfig) throws IOException, InterruptedException {
        Path dir = newDirectory();
        asPostgres(BIN.resolve("initdb").toString(), "-D", dir.toString(), "-U", "postgres", "--auth=trust",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        ThrowawayCluster cluster = new ThrowawayCluster(dir, freePort());
        List<String> config = new ArrayList<>(List.of("port = " + cluster.port, "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + dir + "'", "wal_level = replica", "max_wal_senders = 5",
                "fsync = off", "shared_buffers = 32MB"));
        config.addAll(extraConfig);
        cluster.appendConfig(config);
        Files.writeString(dir.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n"
                + "host replication all 127.0.0.1/32 trust\n");
        cluster.start();
        return cluster;
    }

    /** A streaming standby of this primary, started. */
    public ThrowawayCluster standby() throws IOException, InterruptedException {
        Path dir = newDirectory();
        asPostgres(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "postgres", "-D", dir.toString(), "-R", "-X", "stream", "--no-sync", "--checkpoint=fast");
        ThrowawayCluster standby = new ThrowawayCluster(dir, freePort());
        standby.appendConfig(List.of("port = " + standby.port, "unix_socket_directories = '" + dir + "'"));
        standby.start();
        return standby;
    }

    public int port() {
        return port;
    }

    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    public String url(String database) {
        return "postgresql://postgres@" + hostPort() + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return DriverManager.getConnection("jdbc:postgresql://" + hostPort() + "/" + database, props);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public void start() throws IOException, InterruptedException {
        asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                dataDirectory.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    /** Stops at once, as a crash or a pulled cable would look to clients. */
    public void stop() throws IOException, InterruptedException {
        asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate", "-w", "stop");
    }

    /**
     * Serves TLS with this certificate and key from the next start on: both are copied into the data directory,
     * owned by postgres, the key mode 0600 as the server demands.
     */
    public void installCertificate(Path certificate, Path key) throws IOException, InterruptedException {
        Path crt = dataDirectory.resolve("server.crt");
        Path pem = dataDirectory.resolve("server.key");
        Files.copy(certificate, crt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(key, pem, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Processes.run(List.of("chown", "postgres:postgres", crt.toString(), pem.toString()), null);
        Processes.run(List.of("chmod", "600", pem.toString()), null);
        appendConfig(List.of("ssl = on"));
    }

    /** Puts {@code lines} in front of pg_hba.conf (the first matching line wins), from the next start on. */
    public void prependHba(List<String> lines) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        Files.writeString(hba, String.join("\n", lines) + "\n" + Files.readString(hba));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            stop();
        }
        Processes.run(List.of("rm", "-rf", dataDirectory.toString()), null);
    }

    private void appendConfig(List<String> lines) throws IOException {
        Files.writeString(dataDirectory.resolve("postgresql.auto.conf"),
                String.join("\n", lines) + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    private static Path newDirectory() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("wadb-cluster-");
        Processes.run(List.of("chown", "postgres:postgres", dir.toString()), null);
        Processes.run(List.of("chmod", "700", dir.toString()), null);
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (!"postgres".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Processes.Result result = Processes.run(full, null);
        if (result.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + result.err() + result.out());
        }
    }

    private static Path locateBin() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
