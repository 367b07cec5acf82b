package com.vayyari.wadb.command;

import com.vayyari.wadb.importer.ImportException;
import com.vayyari.wadb.phonedb.PhoneDbImporter;
import com.vayyari.wadb.phonedb.PhoneImportOptions;
import com.vayyari.wadb.phonedb.PhoneImportReport;
import com.vayyari.wadb.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** {@code wadb import msgstore.db}: the import command's options, read for a phone's database (issue 20). */
final class PhoneDbImport {

    private final ImportCommand command;

    PhoneDbImport(ImportCommand command) {
        this.command = command;
    }

    int run(Session session, Path file) throws IOException {
        PhoneImportOptions options = options(session);
        if (command.explain) {
            command.say(session, "-- one transaction; the phone's database is opened read-only (immutable), then:");
            command.say(session, "COPY messages (...) FROM STDIN;  -- or a staging table, then:");
            command.say(session, "INSERT INTO messages (...) SELECT ... FROM staging ON CONFLICT (message_id) DO NOTHING;");
            return 0;
        }
        ProgressBar bar = new ProgressBar(session);
        PhoneImportReport report;
        // Its own connection: the importer owns its transaction and must not commit one the user has open.
        try (Connection connection = session.ownConnection(session.settings())) {
            report = new PhoneDbImporter(connection).importFile(file,
                    options.withProgress((read, total) -> bar.show("messages", read, total)));
        } catch (ImportException e) {
            throw DomainCommand.usage("import: " + e.getMessage());
        } catch (SQLException e) {
            throw session.sqlFailure(e);
        } finally {
            bar.finish();
        }
        command.note(session, report.summary());
        return 0;
    }

    private PhoneImportOptions options(Session session) {
        String format = command.dbFormat == null ? null : command.dbFormat.toLowerCase(Locale.ROOT);
        if (format != null && !format.equals("msgstore") && !format.equals("chatstorage")) {
            throw DomainCommand.usage("import: --db-format must be msgstore or chatstorage, not "
                    + Arguments.show(command.dbFormat));
        }
        String chat = command.chat == null ? null : Jids.normalize(command.chat);
        Long since = command.since == null ? null
                : TimeWindows.in(session.invocation().zone()).lower("--since", command.since);
        Path contacts = command.contacts == null ? null : session.invocation().resolve(command.contacts);
        if (contacts != null && !Files.isRegularFile(contacts)) {
            throw DomainCommand.usage("import: no such file: " + command.contacts);
        }
        return new PhoneImportOptions(format, chat, since, contacts, command.mediaUrlPrefix, command.dryRun);
    }
}
