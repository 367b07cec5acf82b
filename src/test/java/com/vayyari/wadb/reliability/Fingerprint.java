package com.vayyari.wadb.reliability;

import com.vayyari.wadb.support.Processes;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A checksum of a database's schema and rows from pg_dump, so a test can show that something changed nothing.
 * Sequence positions are left out: a rolled-back insert (a dry run, a failed import) still uses up the values it
 * drew — PostgreSQL never gives them back — which leaves gaps in ids but changes no row.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String host, int port, String user, String database) throws IOException, InterruptedException {
        Processes.Result dump = Processes.run(List.of("pg_dump", "--no-owner", "-h", host, "-p", String.valueOf(port),
                "-U", user, database), null);
        if (dump.exitCode() != 0) {
            throw new IOException("pg_dump failed: " + dump.err());
        }
        // pg_dump 15.14+ brackets its output with \restrict KEY lines whose key is random per run.
        String stable = dump.out().replaceAll("(?m)^\\\\(un)?restrict .*$", "")
                .replaceAll("(?m)^SELECT pg_catalog\\.setval\\(.*$", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stable.getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
