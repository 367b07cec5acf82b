package com.vayyari.wadb;

import com.vayyari.wadb.command.HelpOption;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wadb completion bash|zsh}: picocli's completion script for the whole command tree, so the shell
 * completes exactly the commands and options {@code --help} shows. Zsh runs the same script through its
 * bashcompinit, which the script itself turns on.
 */
@Command(name = "completion", description = "Print the shell completion script for bash or zsh.",
        footer = {"", "Examples:",
                "  source <(wadb completion bash)     # in ~/.bashrc (install.sh installs it for bash already)",
                "  source <(wadb completion zsh)      # in ~/.zshrc"})
final class ShellCompletion implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("wadb", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
