package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.generate.DemoDataGenerator;
import com.vayyari.wadb.generate.GenerateOptions;
import com.vayyari.wadb.generate.GenerateReport;
import com.vayyari.wadb.generate.GeneratedDataExistsException;
import com.vayyari.wadb.session.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate",
        description = {"Fill the database with deterministic, realistic demo data (same seed and end, same rows).",
                "Chats and groups with valid JIDs, multilingual messages with emoji, replies, media in every",
                "upload status, a few excluded chats; a year of messages up to --until (default: now). Loaded with",
                "COPY in one transaction; its change of processing_state is recorded in state_changes.",
                "Seed 42 has the chats README's examples name (Family, 919876543210@s.whatsapp.net)."},
        footer = {"", "Examples:", "  wadb generate", "  wadb generate --chats 200 --messages 1000000 --seed 7",
                "  wadb generate --seed 42 --until 2024-12-31     # the same rows on every run (in one time zone)"})
public final class GenerateCommand implements Callable<Integer>, AddsNames {

    private final SessionProvider sessions;

    @Mixin
    HelpOption help;

    @Option(names = "--chats", paramLabel = "N", description = "Chats to create (default ${DEFAULT-VALUE}).")
    int chats = GenerateOptions.defaults().chats();

    @Option(names = "--messages", paramLabel = "M", description = "Messages to create (default ${DEFAULT-VALUE}).")
    long messages = GenerateOptions.defaults().messages();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = GenerateOptions.defaults().seed();

    @Option(names = "--until", paramLabel = "WHEN", defaultValue = "now",
            description = "The data ends by this time, as search --until reads it: now (the default), 2024-12-31"
                    + " (through that day), \"2025-01-01 14:30\", 2025-01-01T00:00:00Z, 2d.")
    String until;

    public GenerateCommand(SessionProvider sessions) {
        this.sessions = sessions;
    }

    @Override
    public Integer call() {
        Session session = sessions.session();
        WriteGuard.check(session, "generate");
        GenerateOptions options;
        try {
            options = GenerateOptions.defaults().withChats(chats).withMessages(messages).withSeed(seed)
                    .withEnd(TimeWindows.in(session.invocation().zone()).upper("--until", until));
        } catch (IllegalArgumentException e) {
            throw WadbException.usage("generate: " + e.getMessage());
        }
        ProgressBar bar = new ProgressBar(session);
        // Its own connection: the generator commits, and must not commit a transaction the user has open.
        try (Connection connection = session.ownConnection(session.settings())) {
            GenerateReport report = new DemoDataGenerator().generate(connection, options,
                    (phase, done, total) -> bar.show(phase.name().toLowerCase(Locale.ROOT).replace('_', ' '), done, total));
            bar.finish();
            session.err().printf("generated %,d chats (%,d groups), %,d messages, %,d media files, %,d excluded chats"
                            + " with seed %d in %.1f s%n", report.chats(), report.groups(), report.messages(),
                    report.mediaFiles(), report.excludedChats(), report.seed(), report.elapsed().toMillis() / 1000.0);
            return 0;
        } catch (GeneratedDataExistsException e) {
            bar.finish();
            throw WadbException.command(e.getMessage());
        } catch (SQLException e) {
            bar.finish();
            throw session.sqlFailure(e);
        }
    }
}
