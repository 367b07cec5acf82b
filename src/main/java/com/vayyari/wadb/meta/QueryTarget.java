package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.OutputTarget;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one query's results go ({@code \g FILE}, {@code \g |command}): the session's current output, a file in
 * the caller's directory, or a shell command's stdin. {@link #around} sends them there for one statement and
 * then returns to what {@code \o} chose.
 *
 * @param file    a file name as typed, or null
 * @param command a shell command ({@code |} taken off), or null
 */
public record QueryTarget(String file, String command) {

    public static final QueryTarget SESSION = new QueryTarget(null, null);

    /** psql's rule: an argument starting with {@code |} is a command, anything else a file name. */
    public static QueryTarget of(String argument) {
        if (argument == null || argument.isEmpty()) {
            return SESSION;
        }
        return argument.startsWith("|") ? new QueryTarget(null, argument.substring(1)) : new QueryTarget(argument, null);
    }

    /** Runs {@code statement} with results going here; a file appears only when it succeeds. */
    public void around(Session session, Statement statement) throws IOException {
        if (file == null && command == null) {
            statement.run();
            return;
        }
        if (!(session.output() instanceof OutputTarget target)) {
            throw WadbException.usage("\\g to a file or command is not available here");
        }
        if (command != null) {
            target.pushPipe(session.invocation(), command);
        } else {
            Path path = session.invocation().resolve(Path.of(file));
            try {
                target.push(path);
            } catch (IOException e) {
                throw cannotOpen(file, path, e);
            }
        }
        boolean ok = false;
        try {
            statement.run();
            ok = true;
        } finally {
            target.pop(ok);
        }
    }

    /** psql's {@code FILE: No such file or directory}, as strerror says it, for a file that cannot be opened. */
    static WadbException cannotOpen(String given, Path path, IOException e) {
        Path parent = path.toAbsolutePath().getParent();
        String reason = parent != null && !Files.isDirectory(parent) ? "No such file or directory"
                : parent != null && !Files.isWritable(parent) || Files.exists(path) && !Files.isWritable(path)
                ? "Permission denied" : e.getMessage();
        return WadbException.command(given + ": " + reason);
    }

    /** One statement's work. */
    @FunctionalInterface
    public interface Statement {
        void run() throws IOException;
    }
}
