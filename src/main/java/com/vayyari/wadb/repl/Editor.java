package com.vayyari.wadb.repl;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.session.TerminalRelay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * psql's {@code \e}: the query buffer (or the last query) in the user's editor — {@code $EDITOR}, else
 * {@code $VISUAL}, else vi — on the terminal, and the text as saved comes back to be run.
 */
final class Editor {

    private final String command;
    private final Path workingDirectory;
    private final Map<String, String> env;
    /** The caller's terminal when a warm server runs the shell (the editor runs in the caller's process); or null. */
    private final TerminalRelay relay;

    Editor(Map<String, String> env, Path workingDirectory, TerminalRelay relay) {
        this.workingDirectory = workingDirectory;
        this.env = env;
        this.relay = relay;
        String editor = env.get("EDITOR");
        if (editor == null || editor.isBlank()) {
            editor = env.get("VISUAL");
        }
        this.command = editor == null || editor.isBlank() ? "vi" : editor;
    }

    /** Opens {@code text} in the editor (or {@code file} when not empty); the text saved, or empty if unchanged. */
    Optional<String> edit(String text, String file) {
        try {
            Path path = file.isEmpty() ? Files.createTempFile("wadb-edit-", ".sql") : workingDirectory.resolve(file);
            try {
                if (file.isEmpty()) {
                    Files.writeString(path, text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
                }
                List<String> argv = List.of("/bin/sh", "-c", command + " \"$1\"", "wadb-editor", path.toString());
                int status = relay != null ? relay.run(argv, workingDirectory, env)
                        : new ProcessBuilder(argv).inheritIO().start().waitFor();
                if (status != 0) {
                    throw WadbException.usage("\\e: the editor (" + command + ") failed; nothing was run");
                }
                String edited = Files.readString(path, StandardCharsets.UTF_8).strip();
                return edited.isEmpty() || file.isEmpty() && edited.equals(text.strip()) ? Optional.empty()
                        : Optional.of(edited);
            } finally {
                if (file.isEmpty()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            throw WadbException.usage("\\e: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
