package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.support.WadbRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 17: `wadb completion bash|zsh` and wadb(1), both from the picocli model `--help` shows. */
class ShellIntegrationHelpTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsAndOptionsFromTheModel() throws Exception {
        Result script = wadb().run("completion", "bash");
        assertEquals(0, script.exitCode(), script.err());
        Path file = dir.resolve("wadb.bash");
        Files.writeString(file, script.out());
        assertEquals("search", complete(file, "wadb", "sea"));
        assertEquals("--limit", complete(file, "wadb", "search", "x", "--li"));
        assertEquals("bash zsh", complete(file, "wadb", "completion", ""));
        assertFalse(complete(file, "wadb", "").contains("man-page"), "hidden commands stay hidden");
    }

    /** Every option whose model lists its values (completionCandidates) completes to them in bash too. */
    @Test
    void bashCompletesOptionValuesTheModelLists() throws Exception {
        Path file = dir.resolve("wadb.bash");
        Files.writeString(file, wadb().run("completion", "bash").out());
        CommandLine tree = Commands.addAll(new CommandLine(new Root()), new CommandFactory(() -> null));
        for (CommandLine command : tree.getSubcommands().values()) {
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (option.completionCandidates() == null || option.hidden() || option.arity().max() == 0) {
                    continue;
                }
                List<String> values = new java.util.ArrayList<>();
                option.completionCandidates().forEach(values::add);
                assertEquals(String.join(" ", values),
                        complete(file, "wadb", command.getCommandName(), option.longestName(), ""),
                        command.getCommandName() + " " + option.longestName());
            }
        }
    }

    @CommandLine.Command(name = "wadb")
    static final class Root {
    }

    @Test
    void zshGetsTheScriptThatTurnsOnBashcompinit() {
        Result zsh = wadb().run("completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh.err());
        assertEquals(wadb().run("completion", "bash").out(), zsh.out());
        assertTrue(zsh.out().contains("bashcompinit"), "zsh needs bashcompinit for the bash script");
    }

    @Test
    void anUnknownShellIsAOneLineUsageError() {
        Result fish = wadb().run("completion", "fish");
        assertEquals(1, fish.exitCode());
        assertTrue(fish.err().startsWith("wadb: ") && fish.err().contains("bash, zsh"), fish.err());
        assertEquals("", fish.out());
    }

    @Test
    void theManPageDocumentsEveryVisibleCommandAndRendersCleanly() throws Exception {
        Result page = wadb().run("man-page");
        assertEquals(0, page.exitCode(), page.err());
        assertTrue(page.out().startsWith(".TH WADB 1 "), page.out());
        String help = wadb().run("--help").out();
        for (String command : List.of("setup", "search", "chats", "status", "export", "import", "completion", "help")) {
            assertTrue(page.out().contains("\n.SS " + command), "no section for " + command);
            assertTrue(help.contains("\n  " + command + " "), "--help does not list " + command);
        }
        assertFalse(help.contains("man-page"), "the generator is no command for people");
        Path file = dir.resolve("wadb.1");
        Files.writeString(file, page.out());
        Process man = new ProcessBuilder("man", "--warnings", "-l", file.toString())
                .redirectErrorStream(true).start();
        String rendered = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(man.waitFor(30, TimeUnit.SECONDS));
        assertTrue(rendered.contains("NAME") && rendered.contains("--command"), rendered);
        assertFalse(rendered.contains("warning"), rendered);
    }

    /** What bash's programmable completion offers for the words typed, the last being completed. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_wadb 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}
