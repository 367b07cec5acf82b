package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ParserFixtures.parse;
import static com.vayyari.wadb.importer.ParserFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.importer.ParserFixtures.Parsed;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layouts, clocks, dates, zones and the line structure of exports, without a database. */
class ChatExportParserTest {

    @Test
    void androidTwentyFourHourMultiLineAndDayOrderFromADayOver12() {
        Parsed p = parse("""
                01/02/2021, 09:05 - Alice: first
                13/02/2021, 09:06 - Alice: Hello
                second line

                fourth line
                13/02/2021, 23:59 - Bob: bye
                """);
        assertEquals(3, p.messages().size());
        assertEquals(utc("2021-02-01T09:05"), p.messages().get(0).epochSecond());
        ParsedMessage hello = p.messages().get(1);
        assertEquals("Hello\nsecond line\n\nfourth line", hello.text());
        assertEquals(2, hello.lineNumber());
        assertEquals("Alice", hello.senderName());
        assertNull(hello.senderJid());
        assertEquals(utc("2021-02-13T23:59"), p.messages().get(2).epochSecond());
        assertEquals(ExportLayout.ANDROID, p.report().layout());
        assertEquals(DateOrder.DMY, p.report().dateOrder());
        assertEquals("day over 12 in the first field (line 2)", p.report().dateOrderDecidedBy());
        assertEquals(6, p.report().lines());
    }

    @Test
    void monthFirstWhenTheSecondFieldIsOver12() {
        Parsed p = parse("01/02/21, 9:05 - A: x\n12/31/20, 10:15 PM - A: y\n");
        assertEquals(DateOrder.MDY, p.report().dateOrder());
        assertEquals(utc("2021-01-02T09:05"), p.messages().get(0).epochSecond());
        assertEquals(utc("2020-12-31T22:15"), p.messages().get(1).epochSecond());
    }

    @Test
    void ambiguousDatesDefaultToDayFirstAndTheOrderCanBeForced() {
        String text = "01/02/2021, 09:05 - A: x\n";
        Parsed byDefault = parse(text);
        assertEquals(utc("2021-02-01T09:05"), byDefault.only().epochSecond());
        assertEquals("default (no day over 12)", byDefault.report().dateOrderDecidedBy());
        Parsed forced = parse(text, new ParseOptions(ParserFixtures.UTC, DateOrder.MDY, null));
        assertEquals(utc("2021-01-02T09:05"), forced.only().epochSecond());
        assertEquals("given", forced.report().dateOrderDecidedBy());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "31/12/2020, 10:15 PM - A: x            | 2020-12-31T22:15",
        "31/12/2020, 10:15 pm - A: x            | 2020-12-31T22:15",
        "31/12/2020, 10:15\u202Fp.m. - A: x     | 2020-12-31T22:15",
        "31/12/2020, 10:15\u00A0a.m. - A: x     | 2020-12-31T10:15",
        "31/12/2020, 12:05 AM - A: x            | 2020-12-31T00:05",
        "31/12/2020, 12:30 p.m. - A: x          | 2020-12-31T12:30",
        "31/12/2020, 9:07 a. m. - A: x          | 2020-12-31T09:07",
        "31.12.20, 22:15 - A: x                 | 2020-12-31T22:15",
        "31-12-20 22:15 - A: x                  | 2020-12-31T22:15",
        "31-12-2020, 22.15 - A: x               | 2020-12-31T22:15",
        "2020-12-31, 22:15 - A: x               | 2020-12-31T22:15",
        "[31/12/2020, 22:15:03] A: x            | 2020-12-31T22:15:03",
        "[31.12.20, 22:15:03] A: x              | 2020-12-31T22:15:03",
        "[12/31/20, 10:15:03\u202FPM] A: x      | 2020-12-31T22:15:03",
        "\u200E[31/12/2020, 22:15:03] A: x      | 2020-12-31T22:15:03",
        "\uFEFF31/12/2020, 22:15 - A: x         | 2020-12-31T22:15",
    })
    void clocksSeparatorsAndYears(String line, String expected) {
        ParsedMessage m = parse(line + "\n").only();
        assertEquals(utc(expected), m.epochSecond(), line);
        assertEquals("A", m.senderName());
        assertEquals("x", m.text());
    }

    @Test
    void iosLayoutIsDetectedAndKeepsSeconds() {
        Parsed p = parse("\uFEFF[13/01/2021, 09:05:59] Alice: hi\nmore\n[13/01/2021, 09:06:00] Bob: yo\n");
        assertEquals(ExportLayout.IOS, p.report().layout());
        assertEquals(utc("2021-01-13T09:05:59"), p.messages().get(0).epochSecond());
        assertEquals("hi\nmore", p.messages().get(0).text());
    }

    @Test
    void daylightSavingChangesAreReadWithEachDatesRules() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Parsed p = parse("""
                28/03/2021, 01:30 - A: before spring forward
                28/03/2021, 03:30 - A: after spring forward
                31/10/2021, 01:30 - A: before fall back
                31/10/2021, 03:30 - A: after fall back
                """, new ParseOptions(berlin, null, null));
        List<Long> epochs = p.messages().stream().map(ParsedMessage::epochSecond).toList();
        assertEquals(List.of(1616891400L, 1616895000L, 1635636600L, 1635647400L), epochs);
        assertEquals(berlin, p.report().zone());
    }

    @Test
    void linesBeforeTheFirstMessageAndImpossibleDatesAreReportedWithTheirNumbers() {
        Parsed p = parse("""
                garbage at the top

                more garbage
                13/01/2021, 09:05 - A: ok
                31/02/2021, 09:06 - A: no 31 February
                continuation of the impossible one
                13/01/2021, 09:07 - A: fine
                """);
        assertEquals(2, p.messages().size());
        // The impossible header's continuation (line 6) is as unreadable as the header; the blank line 2 is blank.
        assertEquals(List.of(1L, 3L, 5L, 6L), p.report().unparsedLines());
        assertEquals(4, p.report().unparsedCount());
        assertEquals(1, p.report().blankLines());
        assertEquals(p.report().lines(), p.report().accountedLines());
        assertEquals("fine", p.messages().get(1).text());
    }

    @Test
    void phoneNumbersBecomeJidsAndMeIsMarked() {
        Parsed p = parse("""
                13/01/2021, 09:05 - +91 98765 43210: namaste
                13/01/2021, 09:06 - \u202A+1 (555) 123-4567\u202C: hello
                13/01/2021, 09:07 - Ravi Kumar: me
                13/01/2021, 09:08 - +12: not a phone
                """, new ParseOptions(ParserFixtures.UTC, null, "Ravi Kumar"));
        assertEquals("919876543210@s.whatsapp.net", p.messages().get(0).senderJid());
        assertEquals("+91 98765 43210", p.messages().get(0).senderName());
        assertEquals("15551234567@s.whatsapp.net", p.messages().get(1).senderJid());
        assertEquals("+1 (555) 123-4567", p.messages().get(1).senderName());
        assertTrue(p.messages().get(2).fromMe());
        assertFalse(p.messages().get(0).fromMe());
        assertNull(p.messages().get(3).senderJid());
    }

    @Test
    void meCanBeAPhoneNumber() {
        Parsed p = parse("13/01/2021, 09:05 - +91 98765 43210: hi\n",
                new ParseOptions(ParserFixtures.UTC, null, "+919876543210"));
        assertTrue(p.only().fromMe());
    }

    @Test
    void editedMarkIsCutFromTheText() {
        Parsed android = parse("13/01/2021, 09:05 - A: typo fixed <This message was edited>\n");
        assertEquals("typo fixed", android.only().text());
        assertTrue(android.only().edited());
        Parsed ios = parse("[13/01/2021, 09:05:00] A: typo fixed \u200E<This message was edited>\n");
        assertEquals("typo fixed", ios.only().text());
        assertTrue(ios.only().edited());
    }

    @Test
    void controlCharactersAreDroppedAndCountedNotARefusal() {
        Parsed p = parse("13/01/2021, 09:05 - A: x\n\u0000\u0001binary\n13/01/2021, 09:06 - A: \u0000y\u007f\n");
        assertEquals(List.of("x\nbinary", "y"), p.messages().stream().map(ParsedMessage::text).toList());
        assertEquals(4, p.report().controlChars());
        assertEquals(0, p.report().unparsedCount());
    }

    @Test
    void notTextIsAClearError() {
        ImportException none = assertThrows(ImportException.class, () -> parse("just some\nnotes\n"));
        assertTrue(none.getMessage().startsWith("no WhatsApp message line in test.txt"), none.getMessage());
    }

    @Test
    void invalidUtf8IsAClearError() {
        ExportSource latin1 = ExportSource.of("x.txt",
                () -> new java.io.ByteArrayInputStream(new byte[] {'1', '3', '/', '0', '1', (byte) 0xff, (byte) 0xfe}));
        ImportException e = assertThrows(ImportException.class,
                () -> new ChatExportParser(ParseOptions.defaults(java.time.ZoneId.systemDefault())).open(latin1));
        assertEquals("x.txt is not a text chat export (no UTF-8 text at line 1)", e.getMessage());
    }
}
