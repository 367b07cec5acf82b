package com.vayyari.wadb.session;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The process facts of one call of wadb: its streams, environment, working directory, terminals, umask and
 * time zone. Under the warm start one JVM serves many calls, each from another process, so nothing below
 * {@code Main} may ask the JVM (System.getenv, System.console, the default zone, user.dir) for them: they
 * come from here. Built once per call, by {@code Main.main} from the JVM's own process or by the warm server
 * from what its client relayed.
 *
 * @param env              the caller's environment variables
 * @param workingDirectory the caller's working directory (absolute): relative file names are resolved here
 * @param terminals        which of stdin, stdout, stderr are terminals
 * @param umask            the caller's file-mode creation mask, or null when it is not known (not relayed)
 * @param zone             the caller's time zone: {@code $TZ}, else the zone of the JVM that runs the call
 * @param accountHome      the account's home directory, for when {@code $HOME} is unset
 * @param prompter         asks questions on the caller's terminal, or null when there is none to ask on
 * @param relay            the caller's terminal as relayed to a warm server's REPL, or null (the REPL, if any, runs
 *                         on this process's own terminal)
 */
public record Invocation(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env,
                         Path workingDirectory, TerminalFlags terminals, Integer umask, ZoneId zone,
                         Path accountHome, Prompter prompter, TerminalRelay relay) {

    /** A call whose REPL (if any) runs on this process's own terminal. */
    public Invocation(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env,
                      Path workingDirectory, TerminalFlags terminals, Integer umask, ZoneId zone, Path accountHome,
                      Prompter prompter) {
        this(stdin, stdout, stderr, env, workingDirectory, terminals, umask, zone, accountHome, prompter, null);
    }

    public Invocation {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(terminals, "terminals");
        Objects.requireNonNull(zone, "zone");
        workingDirectory = workingDirectory.toAbsolutePath();
        env = Map.copyOf(env);
    }

    /** A call with no terminal and no known umask: a script's, or a test's. */
    public static Invocation detached(InputStream stdin, PrintStream stdout, PrintStream stderr,
                                      Map<String, String> env, Path workingDirectory, ZoneId jvmZone,
                                      Path accountHome) {
        return new Invocation(stdin, stdout, stderr, env, workingDirectory, TerminalFlags.NONE, null,
                zone(env, jvmZone), accountHome, null);
    }

    /**
     * The zone a call lives in: {@code $TZ} when it names one (a leading ':' as the C library allows), else
     * {@code jvmZone}, the zone of the JVM (which read the same {@code $TZ} when it could).
     */
    public static ZoneId zone(Map<String, String> env, ZoneId jvmZone) {
        String tz = env.get("TZ");
        if (tz == null || tz.isBlank()) {
            return jvmZone;
        }
        try {
            return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
        } catch (DateTimeException e) {
            return jvmZone;
        }
    }

    /** {@code file} as the caller meant it: a relative name is relative to the caller's working directory. */
    /** psql's {@code \\cd}: the same call, now in {@code directory}. */
    public Invocation inDirectory(Path directory) {
        return new Invocation(stdin, stdout, stderr, env, directory, terminals, umask, zone, accountHome, prompter,
                relay);
    }

    /** psql's {@code \\setenv}: the same call with one environment variable set, or removed when value is null. */
    public Invocation withEnv(String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(env);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Invocation(stdin, stdout, stderr, Map.copyOf(changed), workingDirectory, terminals, umask, zone,
                accountHome, prompter, relay);
    }

    public Path resolve(Path file) {
        return workingDirectory.resolve(file);
    }

    /** The home directory: {@code $HOME}, else the account's. */
    public Path home() {
        String home = env.get("HOME");
        return home == null || home.isBlank() ? accountHome : Path.of(home);
    }

    /** The modes of the files and directories this call creates, under the caller's umask when it is known. */
    public com.vayyari.wadb.output.FileModes fileModes() {
        return com.vayyari.wadb.output.FileModes.underUmask(umask);
    }

    /** The prompter, but only while stdin is a terminal (a piped script is never asked anything). */
    public Prompter terminalPrompter() {
        return terminals.stdin() ? prompter : null;
    }
}
