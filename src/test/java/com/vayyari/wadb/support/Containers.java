package com.vayyari.wadb.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers path of the test fixture, kept apart so nothing else touches Docker. */
public final class Containers {

    private Containers() {
    }

    /** Starts {@code postgres:15} and returns its URL, or {@code null} when no Docker engine answers. */
    static String startPostgresIfDockerAnswers() {
        return dockerAnswers() ? start(new PostgreSQLContainer("postgres:15")) : null;
    }

    /** Starts a single-node Citus ({@code citusdata/citus}) and returns its URL, or {@code null} without Docker. */
    public static String startCitusIfDockerAnswers() {
        if (!dockerAnswers()) {
            return null;
        }
        return start(new PostgreSQLContainer(DockerImageName.parse("citusdata/citus:12.1")
                .asCompatibleSubstituteFor("postgres")));
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String start(PostgreSQLContainer container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return "postgresql://" + container.getUsername() + ":" + container.getPassword() + "@"
                + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres";
    }
}
