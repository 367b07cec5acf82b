package com.vayyari.wadb.phonedb;

/**
 * What an import of a phone database did (or, in a dry run, would have done).
 *
 * @param source         the file's name
 * @param layout         which layout the file has (legacy, transitional, modern, iOS ChatStorage)
 * @param chats          chats the imported messages belong to (new or not)
 * @param newChats       chats that were not in the database
 * @param read           messages read from the file (after --chat and --since)
 * @param inserted       messages added: people's, system events, deleted-message stubs and calls together
 * @param fromExports    messages already imported from a chat export, which now carry the database's id
 * @param peoples        of those, people's messages
 * @param system         of those, WhatsApp's system events
 * @param deleted        of those, deleted-message stubs
 * @param calls          of those, calls
 * @param mediaRows      {@code media_files} rows added
 */
public record PhoneImportReport(String source, String layout, long chats, long newChats, long read, long inserted,
        long fromExports, long peoples, long system, long deleted, long calls, long mediaRows, boolean dryRun) {

    /** Messages the database had already (from an earlier import or an export, or repeated in the file). */
    public long alreadyPresent() {
        return read - inserted;
    }

    /** One line for the user, as {@code wadb import} prints it. */
    public String summary() {
        return (dryRun ? "dry run: would import " : "imported ") + inserted + " of " + read + " messages from "
                + source + " (" + layout + " layout) in " + chats + " chats, " + newChats + " new ("
                + alreadyPresent() + " already present" + (fromExports > 0 ? ", " + fromExports + " of them from chat exports"
                : "") + "; " + peoples + " people's messages, " + system
                + " system events, " + deleted + " deleted, " + calls + " calls; " + mediaRows + " media files)";
    }
}
