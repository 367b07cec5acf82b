package com.vayyari.wadb.command;

import picocli.CommandLine.Option;

/**
 * {@code --help} for every command. Not picocli's standard mixin: its {@code -h} belongs to {@code --host}
 * here, as in psql.
 */
public final class HelpOption {
    @Option(names = {"--help", "-?"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
