package com.vayyari.wadb.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Testcontainers path of the test fixture, kept apart so nothing else touches Docker. */
final class Containers {

    private Containers() {
    }

    /** Starts {@code postgres:15} and returns its URL, or {@code null} when no Docker engine answers. */
    static String startPostgresIfDockerAnswers() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            return null;
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return "postgresql://" + container.getUsername() + ":" + container.getPassword() + "@"
                + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres";
    }
}
