package com.vayyari.wadb.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids depend on chat, time, sender, text and ordinal — and on nothing else. */
class MessageIdsTest {

    private static ParsedMessage message(long line, long epoch, String sender, String text, String media) {
        return new ParsedMessage(line, epoch, sender, null, false, text, media, null, false, false, null);
    }

    private static List<String> ids(String chat, ParsedMessage... messages) {
        MessageIds ids = new MessageIds(chat);
        return java.util.Arrays.stream(messages).map(ids::next).toList();
    }

    @Test
    void sameInputSameIdsAndRepeatsTellApartByOrdinal() {
        ParsedMessage ok = message(1, 100, "Jan", "ok", null);
        List<String> first = ids("a@s.whatsapp.net", ok, message(2, 100, "Eva", "ok", null), ok);
        assertEquals(first, ids("a@s.whatsapp.net", ok, message(2, 100, "Eva", "ok", null), ok));
        assertEquals(3, first.stream().distinct().count());
        assertTrue(first.get(0).matches("imp-[0-9a-f]{64}"), first.get(0));
    }

    @Test
    void lineNumbersAndPlaceholdersDoNotMatterChatTimeSenderAndTextDo() {
        String base = ids("a@s.whatsapp.net", message(1, 100, "Jan", null, "unknown")).get(0);
        assertEquals(base, ids("a@s.whatsapp.net", message(7, 100, "Jan", null, "photo")).get(0));
        assertNotEquals(base, ids("b@s.whatsapp.net", message(1, 100, "Jan", null, "unknown")).get(0));
        assertNotEquals(base, ids("a@s.whatsapp.net", message(1, 101, "Jan", null, "unknown")).get(0));
        assertNotEquals(base, ids("a@s.whatsapp.net", message(1, 100, "Eva", null, "unknown")).get(0));
        assertNotEquals(base, ids("a@s.whatsapp.net", message(1, 100, "Jan", "caption", "unknown")).get(0));
    }

    @Test
    void theHourAnAutumnClockChangeRepeatsKeepsRepeatsApart() {
        ParsedMessage first = message(1, 1000, "Jan", "ok", null);
        List<String> ids = ids("c", first, message(2, 1000 + 3599, "Jan", "later", null), message(3, 1000, "Jan", "ok", null));
        assertNotEquals(ids.get(0), ids.get(2));
    }

    @Test
    void fieldsCannotRunTogether() {
        assertNotEquals(ids("c", message(1, 1, "ab", "c", null)), ids("c", message(1, 1, "a", "bc", null)));
    }
}
