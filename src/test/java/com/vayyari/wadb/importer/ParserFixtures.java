package com.vayyari.wadb.importer;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the parser tests: read an inline export, write local times as expected instants. */
final class ParserFixtures {

    static final ZoneId UTC = ZoneOffset.UTC;

    private ParserFixtures() {
    }

    /** Everything a parse produced: people's messages, WhatsApp's own lines and the report. */
    record Parsed(List<ParsedMessage> messages, List<ParsedMessage> whatsAppLines, ParseReport report) {
        ParsedMessage only() {
            if (messages.size() != 1) {
                throw new AssertionError("expected one message, got " + messages);
            }
            return messages.get(0);
        }
    }

    static Parsed parse(String text) {
        return parse(text, new ParseOptions(UTC, null, null));
    }

    static Parsed parse(String text, ParseOptions options) {
        List<ParsedMessage> messages = new ArrayList<>();
        List<ParsedMessage> whatsAppLines = new ArrayList<>();
        try (ParsedExport export = new ChatExportParser(options).open(ExportSource.text("test.txt", text))) {
            export.forEachRemaining(m -> (m.isWhatsAppLine() ? whatsAppLines : messages).add(m));
            return new Parsed(messages, whatsAppLines, export.report());
        }
    }

    /** Unix seconds of a local ISO date-time ({@code 2021-01-13T09:05}) in a zone. */
    static long epoch(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toEpochSecond();
    }

    static long utc(String localDateTime) {
        return epoch(localDateTime, UTC);
    }
}
