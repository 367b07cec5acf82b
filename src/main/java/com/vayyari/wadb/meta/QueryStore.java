package com.vayyari.wadb.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.Invocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saved queries in {@code ~/.config/wadb/queries.json}: {@code {"version":1,"queries":{NAME:{"sql":…,"saved":…}}}}.
 * The file is rewritten whole through a temporary file and a rename, so it is never half-written, and readable
 * by its owner only (queries may name private chats). Fields this version does not know — added by a newer
 * wadb — are kept as they are. A file of a newer format is read (its queries' {@code sql} is all that is
 * needed to run them) but not rewritten, so a downgrade never damages what an upgrade wrote.
 */
public final class QueryStore {

    /** The format this version writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public QueryStore(Path file) {
        this.file = file;
    }

    /** The store of the call {@code invocation}: in its config directory, never this JVM's. */
    public static QueryStore inConfigDirectory(Invocation invocation) {
        return inConfigDirectory(invocation.env(), invocation.accountHome());
    }

    /** {@code $XDG_CONFIG_HOME/wadb/queries.json}, else {@code $HOME/.config/wadb/queries.json}. */
    public static QueryStore inConfigDirectory(Map<String, String> env) {
        return inConfigDirectory(env, null);
    }

    /** As {@link #inConfigDirectory(Map)}, with {@code accountHome} standing in for an unset $HOME. */
    public static QueryStore inConfigDirectory(Map<String, String> env, Path accountHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        String home = env.get("HOME");
        if ((xdg == null || xdg.isBlank()) && (home == null || home.isBlank()) && accountHome == null) {
            throw WadbException.usage("saved queries need $XDG_CONFIG_HOME or $HOME to be set");
        }
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : (home == null || home.isBlank() ? accountHome : Path.of(home)).resolve(".config");
        return new QueryStore(config.resolve("wadb").resolve("queries.json"));
    }

    public Path file() {
        return file;
    }

    /** Every saved query, name to SQL, in the file's order; none when there is no file yet. */
    public Map<String, String> load() {
        ObjectNode root = read();
        Map<String, String> queries = new LinkedHashMap<>();
        root.path("queries").properties().forEach(entry -> {
            JsonNode sql = entry.getValue().path("sql");
            if (sql.isTextual()) {
                queries.put(entry.getKey(), sql.asText());
            }
        });
        return queries;
    }

    /** Saves {@code sql} as {@code name}, replacing a query of that name; everything else is kept as it was. */
    public void save(String name, String sql) {
        ObjectNode root = read();
        int version = root.path("version").asInt(VERSION);
        if (version > VERSION) {
            throw WadbException.usage(file + " was written by a newer wadb (format " + version
                    + "); this one writes format " + VERSION + " and leaves it alone");
        }
        root.put("version", VERSION);
        JsonNode existing = root.get("queries");
        ObjectNode queries = existing instanceof ObjectNode object ? object : root.putObject("queries");
        ObjectNode entry = JSON.createObjectNode();
        entry.put("sql", sql);
        entry.put("saved", Instant.now().toString());
        queries.set(name, entry);
        write(root);
    }

    private ObjectNode read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            ObjectNode empty = JSON.createObjectNode();
            empty.put("version", VERSION);
            empty.putObject("queries");
            return empty;
        } catch (IOException e) {
            throw WadbException.usage("cannot read " + file + ": " + e.getMessage());
        }
        try {
            JsonNode root = JSON.readTree(bytes);
            if (!(root instanceof ObjectNode object) || root.has("queries") && !root.get("queries").isObject()
                    || root.has("version") && !root.get("version").canConvertToInt()) {
                throw WadbException.usage(file + " is not a wadb saved-queries file (expected {\"version\":1,"
                        + "\"queries\":{...}})");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw WadbException.usage(file + " is not valid JSON (" + e.getOriginalMessage() + "); fix or move it");
        } catch (IOException e) {
            throw WadbException.usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    private void write(ObjectNode root) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            // createTempFile makes the file rw------- on POSIX systems: never readable by others, even briefly.
            Path temp = Files.createTempFile(directory, ".queries", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                     OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                    out.write(JSON.writeValueAsBytes(root));
                    out.write('\n');
                    out.flush();
                    channel.force(true);
                }
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw WadbException.usage("cannot write " + file + ": " + e.getMessage());
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
