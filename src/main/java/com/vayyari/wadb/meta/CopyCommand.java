package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.AtomicFile;
import com.vayyari.wadb.session.ReadOnlyGuard;
import com.vayyari.wadb.session.ResultPrinter;
import com.vayyari.wadb.session.Session;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * psql's {@code \copy}: the server runs {@code COPY ... TO STDOUT / FROM STDIN} and the client moves the bytes
 * to or from a local file, so no superuser or server file access is needed. Files are written atomically.
 */
final class CopyCommand {

    private final Session session;

    CopyCommand(Session session) {
        this.session = session;
    }

    int run(String raw) throws IOException {
        Parsed copy = parse(raw.strip());
        try {
            CopyManager manager = session.connection().unwrap(PGConnection.class).getCopyAPI();
            long rows;
            if (copy.out) {
                rows = copyOut(manager, copy);
            } else {
                rows = copyIn(manager, copy);
            }
            // psql's rule: no status where the data just went (it would end up among the rows)
            if (!(copy.out && copy.target == null)) {
                ResultPrinter.status(session, "COPY " + rows);
                session.output().flush();
            }
            return ExitCode.OK;
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        }
    }

    private long copyOut(CopyManager manager, Parsed copy) throws SQLException, IOException {
        String sql = "COPY " + copy.source + " TO STDOUT " + copy.options;
        ReadOnlyGuard.check(session, sql);
        if (copy.target == null) {
            session.output().flush();
            long rows = manager.copyOut(sql, session.output().writer());
            session.output().flush();
            return rows;
        }
        Path target = openable(copy.target, false);
        AtomicFile opened;
        try {
            opened = AtomicFile.create(target, session.invocation().fileModes());
        } catch (IOException e) {
            throw cannotOpen(copy.target, target, e);
        }
        try (AtomicFile file = opened) {
            OutputStream stream = file.stream();
            long rows = manager.copyOut(sql, stream);
            file.commit();
            return rows;
        }
    }

    private long copyIn(CopyManager manager, Parsed copy) throws SQLException, IOException {
        String sql = "COPY " + copy.source + " FROM STDIN " + copy.options;
        ReadOnlyGuard.check(session, sql);
        if (copy.target == null) {
            throw WadbException.usage("\\copy ... from stdin is not supported in wadb; use a file name");
        }
        Path source = openable(copy.target, true);
        InputStream opened;
        try {
            opened = Files.newInputStream(source);
        } catch (IOException e) {
            throw cannotOpen(copy.target, source, e);
        }
        try (InputStream in = opened) {
            return manager.copyIn(sql, in, 1 << 16);
        }
    }

    /**
     * The file in the caller's directory; a directory refused in psql's words: its fopen fails to write one, and
     * reading one it opens and then refuses.
     */
    private Path openable(Path typed, boolean reading) {
        Path file = session.invocation().resolve(typed);
        if (Files.isDirectory(file)) {
            throw WadbException.usage(typed + (reading ? ": cannot copy from/to a directory" : ": Is a directory"));
        }
        return file;
    }

    /** psql's words (copy.c) for a file that will not open: the name as typed, then what the system said. */
    private static WadbException cannotOpen(Path typed, Path file, IOException e) {
        Path directory = file.getParent();
        String reason = e instanceof NoSuchFileException || directory != null && !Files.isDirectory(directory)
                ? "No such file or directory"
                : e instanceof AccessDeniedException ? "Permission denied"
                : e instanceof FileSystemException failed && failed.getReason() != null ? failed.getReason() : e.getMessage();
        return WadbException.usage(typed + ": " + reason);
    }

    private record Parsed(String source, boolean out, Path target, String options) {
    }

    /** {@code table [(cols)] | (query)} then {@code to|from}, then a file name, stdout or stdin, then options. */
    static Parsed parse(String raw) {
        int depth = 0;
        int split = -1;
        boolean out = false;
        List<SqlToken> tokens = SqlTokenizer.tokens(raw);
        // The source ends at the first TO or FROM outside parentheses; the query's quotes end where psql ends them.
        for (int i = 0; i + 2 < tokens.size() && split < 0; i++) {
            SqlToken token = tokens.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            boolean direction = tokens.get(i + 1).isWord("to") || tokens.get(i + 1).isWord("from");
            if (depth == 0 && token.kind() == SqlToken.Kind.WHITESPACE && direction
                    && tokens.get(i + 2).kind() == SqlToken.Kind.WHITESPACE) {
                split = token.start();
                out = tokens.get(i + 1).isWord("to");
            }
        }
        if (split < 0) {
            throw WadbException.usage("\\copy: expected \"\\copy table|(query) to|from file|stdout|stdin [options]\"");
        }
        String source = raw.substring(0, split).strip();
        String rest = raw.substring(split).strip();
        rest = rest.substring(out ? 2 : 4).strip();
        String target;
        String options;
        if (rest.startsWith("'")) {
            int end = rest.indexOf('\'', 1);
            if (end < 0) {
                throw WadbException.usage("\\copy: unterminated quoted file name");
            }
            target = rest.substring(1, end);
            options = rest.substring(end + 1).strip();
        } else {
            int space = rest.indexOf(' ');
            target = space < 0 ? rest : rest.substring(0, space);
            options = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        String lower = target.toLowerCase(Locale.ROOT);
        Path path = lower.equals("stdout") || lower.equals("stdin") || lower.equals("pstdout") || lower.equals("pstdin")
                ? null : Path.of(target);
        return new Parsed(source, out, path, options);
    }
}
