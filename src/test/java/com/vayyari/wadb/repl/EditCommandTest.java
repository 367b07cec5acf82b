package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code \e} in the REPL: the query buffer (or the last query) goes to $EDITOR, and what comes back is input. The
 * runner reads {@code \e} like any backslash command, so it works after lines of a statement typed earlier.
 */
class EditCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path home;

    /** An editor that writes {@code text} over the file it is given, and keeps what it was given beside it. */
    private Path editorWriting(String text) throws Exception {
        Path script = home.resolve("editor.sh");
        Files.writeString(script, "#!/bin/sh\ncp \"$1\" " + home.resolve("given.sql") + "\nprintf '" + text + "' > \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private Tmux start(Path editor) throws Exception {
        Tmux tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1",
                "EDITOR", editor.toString()), "--url", db.url());
        tmux.waitFor(s -> s.contains(db.name() + "=#"), 20_000);
        return tmux;
    }

    @Test
    void theBufferTypedOnEarlierLinesIsEditedAndWhatComesBackRuns() throws Exception {
        try (Tmux tmux = start(editorWriting("select 7 as seven;\\n"))) {
            tmux.line("select 1 as one");
            tmux.waitFor(s -> s.contains(db.name() + "-#"), 5_000);
            tmux.line("\\e");
            String screen = tmux.waitFor(s -> s.contains("(1 row)"), 10_000);
            assertTrue(screen.contains("\nselect 7 as seven;\n seven\n-------\n     7\n"), screen);
            assertEquals("select 1 as one", Files.readString(home.resolve("given.sql")).strip());
        }
    }

    @Test
    void anEmptyBufferEditsTheLastQueryAndAnUnfinishedResultWaitsOnTheLine() throws Exception {
        try (Tmux tmux = start(editorWriting("select 8 as eight"))) {
            tmux.line("select 2 as two;");
            tmux.waitFor(s -> s.contains("(1 row)"), 10_000);
            tmux.line("\\e");
            tmux.waitFor(s -> s.strip().endsWith("select 8 as eight"), 10_000);
            assertEquals("select 2 as two;", Files.readString(home.resolve("given.sql")).strip());
            tmux.line(";");
            // Wait for the result's row: " eight" alone is on the typed line already, and the check raced the query.
            String screen = tmux.waitFor(s -> s.contains(" eight\n-------\n     8\n"), 10_000);
            assertTrue(screen.contains("     8\n"), screen);
        }
    }

    @Test
    void scriptsHaveNoEditor() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--url", db.url(), "-c", "\\e"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), home);
        assertEquals(1, code);
        assertEquals("wadb: \\e works in the interactive shell\n", err.toString(StandardCharsets.UTF_8));
    }
}
