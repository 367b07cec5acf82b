package com.vayyari.wadb.importer;

import java.util.ArrayList;
import java.util.List;

/** The counts a {@link ParsedExport} keeps while it reads, turned into a {@link ParseReport} on demand. */
final class ParseStats {

    private final ExportScanner.Scan scan;
    private final ParseOptions options;
    private final String source;
    private final List<Long> unparsedLines = new ArrayList<>();
    private long messages;
    private long mediaMessages;
    private long systemLines;
    private long unparsedCount;
    private long continuationLines;
    private long blankLines;
    private long foreignHeaders;
    private long controlChars;

    ParseStats(String source, ExportScanner.Scan scan, ParseOptions options) {
        this.source = source;
        this.scan = scan;
        this.options = options;
    }

    void message(boolean withMedia) {
        messages++;
        if (withMedia) {
            mediaMessages++;
        }
    }

    void systemLine() {
        systemLines++;
    }

    void unparsed(long line) {
        unparsedCount++;
        if (unparsedLines.size() < ParseReport.MAX_LISTED) {
            unparsedLines.add(line);
        }
    }

    void continuation() {
        continuationLines++;
    }

    void blank() {
        blankLines++;
    }

    void foreignHeader(long line) {
        foreignHeaders++;
        unparsed(line);
    }

    void controlChars(long count) {
        controlChars = count;
    }

    ParseReport report() {
        return new ParseReport(source, scan.layout(), scan.dateOrder(), scan.dateOrderDecidedBy(), options.zone(),
                scan.lines(), messages, mediaMessages, systemLines, unparsedCount, unparsedLines, continuationLines,
                blankLines, foreignHeaders, controlChars);
    }
}
