package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.importer.ChatImporter;
import com.vayyari.wadb.importer.DateOrder;
import com.vayyari.wadb.importer.ImportException;
import com.vayyari.wadb.importer.ImportOptions;
import com.vayyari.wadb.importer.ImportReport;
import com.vayyari.wadb.importer.ParseOptions;
import com.vayyari.wadb.phonedb.SourceFiles;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        description = {"Import a WhatsApp \"Export chat\" file (.txt, or .zip with its media) into one chat, or a",
                "phone's own decrypted database (Android msgstore.db, iOS ChatStorage.sqlite: every chat and message).",
                "Android and iOS layouts, 12/24-hour clocks, day/month order read from the whole file. Message ids",
                "are deterministic, so importing the same or a longer export again adds only what is new. One",
                "transaction: a bad file changes nothing."},
        footer = {"", "Examples:", "  wadb import 'WhatsApp Chat with Family.txt' --chat 120363012345678901@g.us",
                "  wadb import chat.zip --chat 919876543210@s.whatsapp.net --me 'Asha' --tz Asia/Kolkata",
                "  wadb import export.txt --chat 919876543210@c.us --date-order mdy --dry-run",
                "  wadb import msgstore.db --contacts wa.db --since 2024-01-01"})
public final class ImportCommand extends DomainCommand implements AddsNames {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The exported .txt or .zip, or a phone database (msgstore.db, ChatStorage.sqlite).")
    Path file;

    @Option(names = "--chat", paramLabel = "JID",
            description = "The chat the messages belong to (for a phone database: import only this chat).")
    String chat;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Phone database: only messages from this time on (2024-05-01, 7d, yesterday).")
    String since;

    @Option(names = "--contacts", paramLabel = "WA_DB",
            description = "Phone database: WhatsApp's contacts database (wa.db), for chat and sender names.")
    Path contacts;

    @Option(names = "--db-format", paramLabel = "KIND",
            description = "msgstore or chatstorage: read FILE as this phone database, whatever its name.")
    String dbFormat;

    @Option(names = "--name", paramLabel = "NAME", description = "Chat name to set (default: from the file name, for a new chat).")
    String name;

    @Option(names = "--me", paramLabel = "NAME", description = "Your display name (or number) in the export: marks is_from_me.")
    String me;

    @Option(names = "--date-order", paramLabel = "ORDER", description = "dmy, mdy or ymd (default: decided from the file).")
    String dateOrder;

    @Option(names = "--tz", paramLabel = "ZONE", description = "Time zone of the export's times (default: this system's).")
    String zone;

    @Option(names = "--dry-run", description = "Parse and report what would be imported; change nothing.")
    boolean dryRun;

    @Option(names = "--strict", description = "Fail (changing nothing) if any line cannot be read, or has a header in"
            + " another layout than the rest of the file.")
    boolean strict;

    @Option(names = "--media-url-prefix", paramLabel = "URL", description = "minio_url prefix for media files (default: file:// URLs).")
    String mediaUrlPrefix;

    @Option(names = "--media-dir", paramLabel = "DIR", description = "Where a zip's media are extracted (default: beside the zip).")
    Path mediaDir;

    public ImportCommand(SessionProvider sessions) {
        super(sessions);
    }

    /**
     * Not a dry run, which inserts and rolls back (so a read-only session may make it: its transaction alone is
     * READ WRITE), nor --explain.
     */
    @Override
    boolean changesData() {
        return !explain && !dryRun;
    }

    @Override
    int run(Session session) throws IOException {
        Path file = session.invocation().resolve(this.file);  // the caller's directory, not this JVM's
        if (!Files.isRegularFile(file)) {
            throw usage("import: no such file: " + this.file);
        }
        if (SourceFiles.isPhoneDatabase(file, dbFormat)) {
            return new PhoneDbImport(this).run(session, file);
        }
        if (chat == null) {
            throw usage("import: --chat JID is needed for a chat export, e.g. --chat 919876543210@s.whatsapp.net");
        }
        if (since != null || contacts != null) {
            throw usage("import: --since and --contacts are for a phone's database (msgstore.db), not a chat export");
        }
        String jid = Jids.normalize(chat);
        ParseOptions parse = parseOptions(session.invocation().zone());
        Path mediaDir = this.mediaDir == null ? null : session.invocation().resolve(this.mediaDir);
        if (explain) {
            say(session, "-- one transaction; rows go through COPY into messages (or a staging table, then:)");
            say(session, "INSERT INTO messages (...) SELECT ... FROM staging ON CONFLICT (message_id) DO NOTHING;");
            return 0;
        }
        ProgressBar bar = new ProgressBar(session);
        ImportOptions options = ImportOptions.defaults().withDryRun(dryRun).withStrict(strict)
                .withMediaUrlPrefix(mediaUrlPrefix).withMediaDir(mediaDir).withModes(session.invocation().fileModes())
                .withProgress((done, total) -> bar.show("lines", done, total));
        // Its own connection: the importer owns its transaction and must not commit one the user has open.
        try (Connection connection = session.ownConnection(session.settings())) {
            ImportReport report = new ChatImporter(connection).importFile(file, jid, name, parse, options);
            bar.finish();
            note(session, report.summary());
            return 0;
        } catch (ImportException e) {
            bar.finish();
            throw usage("import: " + e.getMessage());
        } catch (SQLException e) {
            bar.finish();
            throw session.sqlFailure(e);
        }
    }

    private ParseOptions parseOptions(ZoneId callersZone) {
        ParseOptions options = ParseOptions.defaults(callersZone);
        ZoneId timeZone = options.zone();
        if (zone != null) {
            try {
                timeZone = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw usage("import: unknown time zone " + Arguments.show(zone) + " (e.g. Asia/Kolkata, Europe/Berlin, UTC)");
            }
        }
        DateOrder order = null;
        if (dateOrder != null) {
            try {
                order = DateOrder.parse(dateOrder);
            } catch (IllegalArgumentException e) {
                throw WadbException.usage("import: --date-order must be dmy, mdy or ymd, not " + Arguments.show(dateOrder));
            }
        }
        return new ParseOptions(timeZone, order, me);
    }
}
