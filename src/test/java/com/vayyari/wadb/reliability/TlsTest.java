package com.vayyari.wadb.reliability;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS settings in the URL are honoured: a cluster of the test's own serves a self-signed certificate for
 * {@code localhost}, made here; {@code sslmode=require} encrypts, {@code verify-full} checks the certificate
 * against the given root and the host name against the certificate.
 */
class TlsTest {

    private static final String IS_ENCRYPTED = "select ssl from pg_stat_ssl where pid = pg_backend_pid()";

    @RegisterExtension
    static final OwnCluster cluster = new OwnCluster();

    @TempDir
    static Path dir;

    private static Path certificate;

    @BeforeAll
    static void tls() throws Exception {
        certificate = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        Processes.Result made = Processes.run(List.of("openssl", "req", "-new", "-x509", "-days", "1", "-nodes",
                "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", certificate.toString()), null);
        Required.that(made.exitCode() == 0, "openssl could not make a certificate: " + made.err());
        cluster.server().installCertificate(certificate, key);
        cluster.restart();
    }

    private static String url(String host, String query) {
        return "postgresql://postgres@" + host + ":" + cluster.port() + "/wa?" + query;
    }

    private static Result encrypted(String url) {
        return wadb().run("--url", url, "-A", "-t", "-c", IS_ENCRYPTED);
    }

    @Test
    void sslmodeRequireEncrypts() {
        Result result = encrypted(url("127.0.0.1", "sslmode=require"));
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("t\n", result.out());
    }

    @Test
    void aNonIsoDateStyleKeepsAnEncryptedConnection() {
        // The server's DateStyle report is read above TLS, where pgjdbc would drop the connection over it.
        Result result = wadb().run("--url", url("127.0.0.1", "sslmode=require"), "-A", "-t",
                "-c", "set datestyle = 'German'", "-c", "select date '2024-03-05'", "-c", IS_ENCRYPTED);
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("SET\n05.03.2024\nt\n", result.out());
    }

    @Test
    void pgsslmodeFromTheEnvironmentIsHonouredToo() {
        Result result = wadb().env("PGSSLMODE", "require").run("--url", "postgresql://postgres@127.0.0.1:" + cluster.port()
                + "/wa", "-A", "-t", "-c", IS_ENCRYPTED);
        assertEquals("t\n", result.out(), result.err());
    }

    @Test
    void sslmodeDisableStaysInTheClear() {
        Result result = encrypted(url("127.0.0.1", "sslmode=disable"));
        assertEquals("f\n", result.out(), result.err());
    }

    @Test
    void verifyFullRefusesAHostNameTheCertificateDoesNotNameInOneLineWithExitTwo() {
        Result result = encrypted(url("127.0.0.1", "sslmode=verify-full&sslrootcert=" + certificate));
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("", result.out());
        Expect.oneLine(result.err());
        assertTrue(result.err().startsWith("wadb: could not connect to 127.0.0.1:" + cluster.port() + "/wa: "), result.err());
        assertTrue(result.err().contains("127.0.0.1") && result.err().toLowerCase().contains("host"), result.err());
    }

    @Test
    void verifyFullAcceptsTheNameOnTheCertificate() {
        Result result = encrypted(url("localhost", "sslmode=verify-full&sslrootcert=" + certificate));
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("t\n", result.out());
    }

    @Test
    void verifyCaChecksTheIssuerButNotTheName() {
        Result result = encrypted(url("127.0.0.1", "sslmode=verify-ca&sslrootcert=" + certificate));
        assertEquals("t\n", result.out(), result.err());
    }

    @Test
    void verifyFullRefusesACertificateFromAnUnknownIssuer() throws Exception {
        Path otherRoot = dir.resolve("other.crt");
        Processes.Result made = Processes.run(List.of("openssl", "req", "-new", "-x509", "-days", "1", "-nodes",
                "-subj", "/CN=localhost", "-keyout", dir.resolve("other.key").toString(), "-out", otherRoot.toString()), null);
        assertEquals(0, made.exitCode(), made.err());
        Result result = encrypted(url("localhost", "sslmode=verify-full&sslrootcert=" + otherRoot));
        assertEquals(2, result.exitCode(), result.err());
        Expect.oneLine(result.err());
    }
}
