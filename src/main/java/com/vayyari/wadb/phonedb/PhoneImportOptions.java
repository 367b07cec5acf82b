package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ImportProgress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to import a phone database.
 *
 * @param format         msgstore or chatstorage when the file's name and content should not decide; or null
 * @param chatJid        import only this chat (normalised JID), or null for every chat
 * @param sinceSecond    import only messages sent at or after this unix second, or null
 * @param contacts       WhatsApp's {@code wa.db}, for chat and sender names; or null
 * @param mediaUrlPrefix put before a file's path on the phone to make {@code media_files.minio_url}; or null
 *                       to store the path itself
 * @param dryRun         report what would be imported; change nothing
 * @param progress       told how many of the file's rows have been read, of how many
 */
public record PhoneImportOptions(String format, String chatJid, Long sinceSecond, Path contacts,
        String mediaUrlPrefix, boolean dryRun, ImportProgress progress) {

    public PhoneImportOptions {
        Objects.requireNonNull(progress, "progress");
    }

    /** With no progress to tell. */
    public PhoneImportOptions(String format, String chatJid, Long sinceSecond, Path contacts, String mediaUrlPrefix,
                              boolean dryRun) {
        this(format, chatJid, sinceSecond, contacts, mediaUrlPrefix, dryRun, ImportProgress.NONE);
    }

    public PhoneImportOptions withProgress(ImportProgress value) {
        return new PhoneImportOptions(format, chatJid, sinceSecond, contacts, mediaUrlPrefix, dryRun, value);
    }

    boolean wants(String jid) {
        return chatJid == null || chatJid.equals(jid);
    }

    boolean wants(PhoneMessage m) {
        return wants(m.chatJid()) && (sinceSecond == null || m.epochSecond() >= sinceSecond);
    }
}
