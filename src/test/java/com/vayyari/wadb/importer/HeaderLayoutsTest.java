package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ParserFixtures.parse;
import static com.vayyari.wadb.importer.ParserFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.importer.ParserFixtures.Parsed;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every header layout WhatsApp (and the exports other parsers collected) writes, one line each, read to the
 * right instant and sender; written here so they are tested even where the wa-public corpus is absent.
 */
class HeaderLayoutsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            13/06/15 10:59:59: Bob: hi                          | 2015-06-13T10:59:59 | old iOS, colon after the time
            7/13/16, 4:56:55 PM: Bob: hi                        | 2016-07-13T16:56:55 | old iOS, 12 h
            12.07.2017, 22:35:22: Bob: hi                       | 2017-07-12T22:35:22 | rwhatsapp colon
            12.07.2017 - 22:35:22; Bob: hi                      | 2017-07-12T22:35:22 | rwhatsapp semicolon
            2017-7-12, 10:35:22 PM: Bob: hi                     | 2017-07-12T22:35:22 | year first, 12 h, colon
            12/07/2017 à 22:35 - Bob: hi                        | 2017-07-12T22:35    | French à
            13.6.2018 klo 21.25.15 - Bob: hi                    | 2018-06-13T21:25:15 | Finnish klo, dots in the time
            13. 6. 2018. 21:25:15 Bob: hi                       | 2018-06-13T21:25:15 | spaces and trailing dot, no separator
            13.06.18 21.25.15: Bob: hi                          | 2018-06-13T21:25:15 | dots everywhere
            [06/2018/13, 21:25:15] Bob: hi                      | 2018-06-13T21:25:15 | year in the middle
            [14:56:01, 3/18/22] Bob: hi                         | 2022-03-18T14:56:01 | Vietnamese, time first
            [3/18/2565 BE, 14:56:01] Bob: hi                    | 2022-03-18T14:56:01 | Thai Buddhist year
            [3/18/R4, 14:56:01] Bob: hi                         | 2022-03-18T14:56:01 | Japanese era year
            18/3/2565 14:56 - Bob: hi                           | 2022-03-18T14:56    | Buddhist year without BE
            [8/15/1443 AH, 14:56:01] Bob: hi                    | 2022-03-18T14:56:01 | Hijri year
            19:23, 28 Aug 2013 - Bob: hi                        | 2013-08-28T19:23    | old Android, month name
            Aug 28, 2013, 7:23 PM - Bob: hi                     | 2013-08-28T19:23    | month name first
            19:23, 5 Mar 2013 - Bob: hi                         | 2013-03-05T19:23    | Mar is English's March
            3/6/2018 1:55 p.\u00A0m. - Bob: hi                  | 2018-06-03T13:55    | Spanish p. m. with a no-break space
            03/01/2021, 9:15 in the morning - Bob: hi           | 2021-01-03T09:15    | Android day period, morning
            2022. 3. 18. 오후 2:56 - Bob: hi                     | 2022-03-18T14:56    | Korean, pm before the time
            [2022/03/18 午後2:56:01] Bob: hi                      | 2022-03-18T14:56:01 | Japanese, pm before the time
            03/01/2021, 3:22 in the afternoon - Bob: hi         | 2021-01-03T15:22    | Android day period, afternoon
            """)
    void aLayoutIsReadToItsInstant(String line, String expected, String layout) {
        Parsed p = parse(unescape(line) + "\n");
        assertEquals(utc(expected), p.only().epochSecond(), layout);
        assertEquals("Bob", p.only().senderName(), layout);
        assertEquals("hi", p.only().text(), layout);
    }

    @Test
    void arabicIndicDigitsRightToLeftMarksAndTheArabicComma() {
        // [١٨/٣/٢٠٢٢، ٢:٥٦:٠١ م] with U+200F after each date field, as iOS in Arabic writes it.
        Parsed p = parse("[\u0661\u0668\u200F/\u0663\u200F/\u0662\u0660\u0662\u0662\u060C \u0662:\u0665\u0666:\u0660\u0661"
                + "\u00A0\u0645] Bob: hi\n"
                + "[\u200F27\u200F/3\u200F/2022\u060C 21:41:35] Bob: western digits\n");
        assertEquals(List.of(utc("2022-03-18T14:56:01"), utc("2022-03-27T21:41:35")),
                p.messages().stream().map(ParsedMessage::epochSecond).toList());
    }

    @Test
    void aHeaderInAnotherLayoutIsReportedNotAppended() {
        Parsed p = parse("""
                12/07/2017, 22:35 - Ann: one
                12/07/2017 à 22:36 - Bob: from a French export
                and its second line
                12/07/2017, 22:37 - Ann: two
                """);
        assertEquals(List.of("one", "two"), p.messages().stream().map(ParsedMessage::text).toList());
        assertEquals(List.of(2L, 3L), p.report().unparsedLines());
        assertEquals(1, p.report().foreignHeaders());
        assertEquals(p.report().lines(), p.report().accountedLines());
    }

    @Test
    void everyLineIsCountedOnce() {
        Parsed p = parse("""

                12/07/2017, 22:35 - Messages and calls are end-to-end encrypted.
                12/07/2017, 22:36 - Ann: one
                second line

                12/07/2017, 22:37 - Ann: two
                """);
        ParseReport r = p.report();
        assertEquals(6, r.lines());
        assertEquals(1, r.blankLines());
        assertEquals(2, r.messages());
        assertEquals(1, r.systemLines());
        assertEquals(2, r.continuationLines());
        assertEquals(0, r.unparsedCount());
        assertEquals(r.lines(), r.accountedLines());
    }

    @Test
    void aDateWithoutAYearIsNoHeader() {
        // WhatsApp leaves this year's out ("Mar 5, 8:11 PM"); no instant can be made of it.
        Parsed p = parse("12/07/2017, 22:35 - Ann: one\nMar 5, 8:11 PM - Bob: hi\n");
        assertEquals("one\nMar 5, 8:11 PM - Bob: hi", p.only().text());
    }

    @Test
    void aFileWhoseDatesHaveNoYearIsRefusedSayingSo() {
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> parse("Mar 5, 8:11 PM - Ann: hi\n18 Mar 12:14 - Bob: hi\n"));
        assertEquals("the dates in test.txt have no year (line 1), as some old exports wrote this year's: there is no"
                + " telling when these messages were sent", e.getMessage());
    }

    private static String unescape(String line) {
        return line.replace("\\u00A0", "\u00A0");
    }
}
