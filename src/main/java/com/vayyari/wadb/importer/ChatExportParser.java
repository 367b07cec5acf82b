package com.vayyari.wadb.importer;

/**
 * Reads WhatsApp "Export chat" text — Android or iOS layout, any of the date and clock styles exports use —
 * into {@link ParsedMessage}s. Pure: no database, no files written.
 *
 * <p>{@link #open} makes a first pass over the source to decide layout and day/month order from the whole
 * file, then returns the second pass as a stream of messages.
 */
public final class ChatExportParser {

    private final ParseOptions options;

    public ChatExportParser(ParseOptions options) {
        this.options = options;
    }

    /**
     * Decides layout and date order, then opens the messages. Close the result when done with it.
     *
     * @throws ImportException when the source is not text or has no message line
     */
    public ParsedExport open(ExportSource source) {
        ExportScanner.Scan scan = ExportScanner.scan(source, options.dateOrder());
        return new ParsedExport(source, scan, options);
    }
}
