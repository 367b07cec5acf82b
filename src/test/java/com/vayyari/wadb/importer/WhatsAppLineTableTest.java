package com.vayyari.wadb.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.importer.WhatsAppLineTable.Form;
import com.vayyari.wadb.importer.WhatsAppLineTable.Row;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped whatsapp-lines.tsv is well-formed, and a malformed table fails with its line number. */
class WhatsAppLineTableTest {

    private static final String HEADER = "lang\tkind\tform\ttext\n";

    @Test
    void theShippedTableLoadsWithEveryRowChecked() {
        List<Row> rows = WhatsAppLineTable.load();
        assertFalse(rows.isEmpty());
        for (Row row : rows) {
            assertNotNull(row.kind(), row.toString());
            assertEquals(row.form() == Form.REGEX, row.pattern() != null, row.toString());
            assertFalse(row.text().isBlank(), row.toString());
        }
    }

    @Test
    void everyLanguageOfTheCorpusHasItsDeletedStubsAndEncryptionNotice() {
        List<Row> rows = WhatsAppLineTable.load();
        Set<String> languages = rows.stream().map(Row::language).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("ar", "cs", "de", "en", "es", "fr", "hi", "id", "it", "ja", "nl", "pt-PT",
                "ru", "th", "uk", "vi")), languages);
        for (String language : languages) {
            assertTrue(rows.stream().anyMatch(r -> r.language().equals(language) && r.kind() == WhatsAppLineKind.DELETED),
                    language + " has no deleted-message stub");
            assertTrue(rows.stream().anyMatch(r -> r.language().equals(language) && r.kind() == WhatsAppLineKind.SYSTEM),
                    language + " has no notice");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "xx\tdeleted\tequals\tGone                | unknown language \"xx\"",
        "en\tremoved\tequals\tGone                | unknown kind \"removed\"",
        "en\tdeleted\tmatches\tGone               | No enum constant",
        "en\tsystem\tregex\t( added              | Unclosed group",
        "en\tphoto\tequals\tPhoto                 | equals rows are for WhatsApp's own lines only",
        "en\tdeleted\tends\tGone                  | ends rows are for attachment placeholders only",
        "en\tmedia\ttag\t<attached>               | {file} belongs in the text of a tag row",
        "en\tdeleted\tequals\t\u200EGone          | invisible marks",
        "cs\tsystem\tregex\t^Kód a\u00A0.+          | odd spaces",
        "en\tdeleted\tequals\t Gone                | spaces around it",
        "en\tdeleted\tequals                      | 4 tab-separated columns expected",
    })
    void aBadRowIsRefusedWithItsLine(String row, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WhatsAppLineTable.read(new StringReader("# comment\n" + HEADER + row + "\n")));
        assertTrue(e.getMessage().startsWith("whatsapp-lines.tsv line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aTextListedTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WhatsAppLineTable.read(
                new StringReader(HEADER + "en\tdeleted\tequals\tGone\nde\tcall\tequals\tGone\n")));
        assertEquals("whatsapp-lines.tsv line 3: \"Gone\" is already on line 2", e.getMessage());
    }
}
