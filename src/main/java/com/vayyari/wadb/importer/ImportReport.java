package com.vayyari.wadb.importer;

/**
 * What an import did (or, in a dry run, would have done).
 *
 * @param parse          what reading the export found: layout, date order, zone, system and unparsed lines
 * @param chatJid        the chat imported into
 * @param inserted       messages that were new
 * @param alreadyPresent messages the chat had already (from an earlier import of the same or a shorter export, or
 *                       from the phone's database)
 * @param mediaRows      {@code media_files} rows added
 * @param dryRun         whether nothing was written
 */
public record ImportReport(ParseReport parse, String chatJid, long inserted, long alreadyPresent, long mediaRows,
        boolean dryRun) {

    /** Messages read from the export. */
    public long parsed() {
        return parse.messages();
    }

    /** One paragraph for the user, e.g. the summary line of {@code wadb import}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(dryRun ? "dry run: would import " : "imported ").append(inserted).append(" of ").append(parsed())
                .append(" messages into ").append(chatJid)
                .append(" (").append(alreadyPresent).append(" already present, ")
                .append(mediaRows).append(" media files, ")
                .append(parse.systemLines()).append(" WhatsApp lines kept apart");
        if (parse.unparsedCount() > 0) {
            s.append(", ").append(parse.unparsedCount()).append(" unreadable lines: ").append(lineList());
        }
        if (parse.foreignHeaders() > 0) {
            s.append(", of these ").append(parse.foreignHeaders()).append(" headers in another layout");
        }
        if (parse.controlChars() > 0) {
            s.append(", ").append(parse.controlChars()).append(" control characters dropped");
        }
        s.append("); ").append(parse.layout().label()).append(" layout, date order ").append(parse.dateOrder().label())
                .append(" (").append(parse.dateOrderDecidedBy()).append("), times in ").append(parse.zone());
        return s.toString();
    }

    private String lineList() {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(parse.unparsedLines().size(), 10);
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append(parse.unparsedLines().get(i));
        }
        if (parse.unparsedCount() > shown) {
            s.append(", …");
        }
        return s.toString();
    }
}
