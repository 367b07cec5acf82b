package com.vayyari.wadb.support;

import java.util.Map;
import java.util.function.Function;
import org.opentest4j.TestAbortedException;

/**
 * What a test needs from the machine (tmux, PostgreSQL's server binaries, openssl, a tmpfs it may mount): where it
 * is missing the test is skipped, saying what is missing, so a laptop without tmux still runs the rest. With
 * {@code WADB_TEST_REQUIRE_ALL=1}, as CI sets it, a missing tool fails the test instead: a suite that passes there
 * has run every test. Docker alone may be missing even then ({@link #orSkip}).
 */
public final class Required {

    /** The environment variable that turns every skip into a failure. */
    public static final String ALL = "WADB_TEST_REQUIRE_ALL";

    private Required() {
    }

    /** Goes on if {@code present}; else skips the test, or fails it when all is required. */
    public static void that(boolean present, String missing) {
        that(present, missing, System::getenv);
    }

    /** {@link #that(boolean, String)} reading the environment from {@code env}. */
    static void that(boolean present, String missing, Function<String, String> env) {
        if (present) {
            return;
        }
        if ("1".equals(env.apply(ALL))) {
            throw new AssertionError(ALL + "=1 and this test cannot run: " + missing);
        }
        throw new TestAbortedException(missing);
    }

    /** {@link #that(boolean, String)} reading the environment from {@code env}. */
    static void that(boolean present, String missing, Map<String, String> env) {
        that(present, missing, env::get);
    }

    /**
     * Goes on if {@code present}; else skips the test even when all is required, printing why on stderr so the
     * build log says so: for what CI cannot be asked to provide (a Docker engine).
     */
    public static void orSkip(boolean present, String missing) {
        if (!present) {
            System.err.println("skipped, even with " + ALL + "=1: " + missing);
            throw new TestAbortedException(missing);
        }
    }

    /** tmux, which the terminal tests drive the REPL in. */
    public static void tmux() {
        that(Tmux.available(), "tmux is not installed");
    }

    /** PostgreSQL's server binaries and the right to run them as postgres, for a cluster of the test's own. */
    public static void throwawayCluster() {
        that(ThrowawayCluster.available(), "PostgreSQL server binaries or the postgres user are missing");
    }
}
