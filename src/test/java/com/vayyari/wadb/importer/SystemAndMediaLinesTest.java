package com.vayyari.wadb.importer;

import static com.vayyari.wadb.importer.ParserFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vayyari.wadb.importer.ParserFixtures.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** WhatsApp's own lines are kept apart with their kind; attachment placeholders become media type and file name. */
class SystemAndMediaLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "13/01/2021, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        "13/01/2021, 09:05 - Alice created group \"Family: near and far\"",
        "13/01/2021, 09:05 - Alice added Bob",
        "13/01/2021, 09:05 - Bob left",
        "13/01/2021, 09:05 - Alice removed Bob",
        "13/01/2021, 09:05 - Alice changed the subject from \"Old: one\" to \"New: two\"",
        "13/01/2021, 09:05 - Alice changed this group's icon",
        "13/01/2021, 09:05 - Alice changed the group description",
        "13/01/2021, 09:05 - +91 98765 43210 joined using this group's invite link",
        "13/01/2021, 09:05 - Your security code with Bob changed. Tap to learn more.",
        "13/01/2021, 09:05 - Bob changed their phone number to a new number. Tap to message or add the new number.",
        "13/01/2021, 09:05 - Alice: This message was deleted",
        "13/01/2021, 09:05 - Alice: You deleted this message",
        "13/01/2021, 09:05 - Alice: Waiting for this message. This may take a while.",
        "[13/01/2021, 09:05:00] Family: \u200EMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "[13/01/2021, 09:05:00] Family: \u200EAlice created group \u201CFamily\u201D",
        "[13/01/2021, 09:05:00] Family: \u200EAlice added Bob",
        "[13/01/2021, 09:05:00] Family: \u200EBob left",
        "[13/01/2021, 09:05:00] Family: \u200EAlice changed the group name to \u201CKin: all\u201D",
        "[13/01/2021, 09:05:00] Bob: \u200EMissed voice call, \u200ETap to call back",
        "[13/01/2021, 09:05:00] Bob: \u200EThis message was deleted.",
        "[13/01/2021, 09:05:00] \u200EYou created group \u201CFamily\u201D",
    })
    void whatsAppsOwnLinesAreKeptApartFromPeoplesMessages(String line) {
        String real = line.startsWith("[") ? "[13/01/2021, 09:06:00] Alice: real" : "13/01/2021, 09:06 - Alice: real";
        Parsed p = parse(line + "\n" + real + "\n");
        assertEquals("real", p.only().text(), line);
        assertEquals(1, p.report().systemLines(), line);
        assertEquals(1, p.whatsAppLines().size(), line);
        assertEquals(0, p.report().unparsedCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Votre code de sécurité avec Elon a changé. \u200EAppuyez pour en savoir plus.",
        "Deine Sicherheitsnummer für Elon hat sich geändert. \u200ETippe, um mehr zu erfahren.",
        "Bezpečnostní kód mezi vámi a\u00A0uživatelem Elon byl změněn. \u200EDalší informace zobrazíte klepnutím.",
        "Cambió tu código de seguridad con Elon. \u200EPulsa para obtener más información.",
        "Elonとのセキュリティコードが変更されました。 \u200Eタップして詳細を表示。",
        "Kode keamanan Anda dengan Elon telah berubah. \u200EKetuk untuk info selengkapnya.",
        "Anda telah menghapus pesan ini.",
    })
    void securityCodeChangesAndStubsInOtherLanguagesAreWhatsApps(String text) {
        Parsed p = parse("[4/28/22, 20:17:30] Elon Musk: \u200E\u200E" + text + "\n");
        assertEquals(List.of(), p.messages(), text);
        assertEquals(1, p.whatsAppLines().size(), text);
    }

    @Test
    void aPersonWritingLikeANoticeWithoutWhatsAppsMarkKeepsTheMessage() {
        Parsed p = parse("[4/28/22, 20:17:30] Elon Musk: Votre code de sécurité avec Elon a changé. Vraiment ?\n");
        assertEquals(1, p.messages().size());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", nullValues = "NULL", value = {
        "[12/03/21 15.32.09] Dhimaz R: \u200E<terlampir: 00000148-VIDEO-2021-03-12-15-32-09.mp4> | video | 00000148-VIDEO-2021-03-12-15-32-09.mp4",
    })
    void indonesianAttachmentTag(String line, String type, String fileName) {
        ParsedMessage m = parse(line + "\n").only();
        assertEquals(type, m.mediaType());
        assertEquals(fileName, m.mediaFileName());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", nullValues = "NULL", value = {
        "13/01/2021, 09:05 - Alice added Bob                              | system  | NULL  | Alice added Bob",
        "13/01/2021, 09:05 - Alice: This message was deleted              | deleted | Alice | This message was deleted",
        "13/01/2021, 09:05 - Dmitry S: Пропущенный аудиозвонок            | call    | Dmitry S | Пропущенный аудиозвонок",
        "[13/01/2021, 09:05:00] Family: \u200EAlice added Bob             | system  | NULL  | Alice added Bob",
        "[13/01/2021, 09:05:00] Elon: \u200EDiese Nachricht wurde gelöscht. | deleted | Elon | Diese Nachricht wurde gelöscht.",
        "[13/01/2021, 09:05:00] Elon: \u200EВаш код безопасности с контактом Elon изменился. \u200EПодробнее. | system | NULL"
                + " | Ваш код безопасности с контактом Elon изменился. \u200EПодробнее.",
    })
    void whatsAppsOwnLinesKeepTheirKindAndTheSenderAStubStandsFor(String line, String kind, String sender, String text) {
        ParsedMessage m = parse(line + "\n").whatsAppLines().get(0);
        assertEquals(kind, m.kind(), line);
        assertEquals(sender, m.senderName(), line);
        assertEquals(text, m.text(), line);
    }

    @Test
    void peoplesTextThatMerelyMentionsThePhrasesStaysAMessage() {
        Parsed p = parse("""
                13/01/2021, 09:05 - Alice: I left the keys at home
                13/01/2021, 09:06 - Bob: Alice added Carol, right?
                13/01/2021, 09:07 - Bob: Messages and calls are end-to-end encrypted, they say
                """);
        assertEquals(3, p.messages().size());
        assertEquals(0, p.report().systemLines());
    }

    @Test
    void continuationLinesOfANoticeGoWithIt() {
        Parsed p = parse("13/01/2021, 09:05 - Alice changed the group description\nsecond line\n"
                + "13/01/2021, 09:06 - Bob: hi\n");
        assertEquals(1, p.report().systemLines());
        assertEquals("Alice changed the group description\nsecond line", p.whatsAppLines().get(0).text());
        assertEquals("hi", p.only().text());
        assertEquals(0, p.report().unparsedCount());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", nullValues = "NULL", value = {
        "Alice: <Media omitted>                                           | unknown  | NULL                                   | NULL",
        "Alice: IMG-20201231-WA0001.jpg (file attached)                   | photo    | IMG-20201231-WA0001.jpg                | NULL",
        "Alice: \u200EVID-20201231-WA0002.mp4 (file attached)             | video    | VID-20201231-WA0002.mp4                | NULL",
        "Alice: PTT-20201231-WA0003.opus (file attached)                  | audio    | PTT-20201231-WA0003.opus               | NULL",
        "Alice: Annual Report.pdf (file attached)                         | document | Annual Report.pdf                      | NULL",
        "Alice: \u200E<attached: 00000012-PHOTO-2020-12-31-22-15-03.jpg>  | photo    | 00000012-PHOTO-2020-12-31-22-15-03.jpg | NULL",
        "Alice: \u200Eimage omitted                                       | photo    | NULL                                   | NULL",
        "Alice: \u200Evideo omitted                                       | video    | NULL                                   | NULL",
        "Alice: \u200Eaudio omitted                                       | audio    | NULL                                   | NULL",
        "Alice: \u200Edocument omitted                                    | document | NULL                                   | NULL",
        "Alice: \u200Esticker omitted                                     | photo    | NULL                                   | NULL",
        "Alice: \u200EGIF omitted                                         | video    | NULL                                   | NULL",
        "Alice: \u200EReport.pdf \u2022 \u200E3 pages \u200Edocument omitted | document | Report.pdf                          | NULL",
        "Alice: IMG-20201231-WA0001.jpg (file attached) look at this      | photo    | IMG-20201231-WA0001.jpg                | look at this",
        "Alice: Some file.txt \u200E<attached: 00000046-Some file.txt>    | document | 00000046-Some file.txt                 | NULL",
        "Alice: Resume.pdf \u2022 \u200E2 pages \u200E<attached: 00000047-Resume.pdf> | document | 00000047-Resume.pdf | NULL",
        "Alice: <\u200Eimage omitted>                                     | photo    | NULL                                   | NULL",
        "Alice: <\u200Evideo omitted>                                     | video    | NULL                                   | NULL",
        "Alice: README \u200Edocument omitted                             | document | README                                 | NULL",
        "Alice: \u200EBild weggelassen                                    | photo    | NULL                                   | NULL",
        "Alice: Template.docx \u200EDokument weggelassen                  | document | Template.docx                          | NULL",
        "Alice: \u200EКарточка контакта отсутствует                       | document | NULL                                   | NULL",
        "Alice: \u200Eละเว้น GIF                                          | video    | NULL                                   | NULL",
        "Alice: <Без медиафайлов>                                         | unknown  | NULL                                   | NULL",
        "Alice: <Media weggelaten>                                        | unknown  | NULL                                   | NULL",
        "Alice: <Medien ausgeschlossen>                                   | unknown  | NULL                                   | NULL",
        "Alice: \u200EPTT-20220323-WA0000.opus (bestand bijgevoegd)       | audio    | PTT-20220323-WA0000.opus               | NULL",
        "Alice: \u200E4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angehängt) | photo | 4f2680f1db95a8454775cc2eefc95bfc.jpg  | NULL",
        "Alice: \u200EAlex.vcf (файл добавлен)                            | document | Alex.vcf                               | NULL",
        "Alice: \u200E<Anhang: PTT-20180129-WA0025.opus>                  | audio    | PTT-20180129-WA0025.opus               | NULL",
        "Alice: 2015-08-04-PHOTO-00004762.jpg <\u200Eattached>             | photo    | 2015-08-04-PHOTO-00004762.jpg          | NULL",
        "Alice: < attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >      | photo    | 00000042-PHOTO-2020-06-07-15-13-20.jpg | NULL",
    })
    void mediaPlaceholders(String rest, String type, String fileName, String caption) {
        ParsedMessage m = parse("31/12/2020, 22:15 - " + rest + "\n").only();
        assertEquals(type, m.mediaType(), rest);
        assertEquals(fileName, m.mediaFileName(), rest);
        assertEquals(caption, m.text(), rest);
    }

    @Test
    void captionOnTheFollowingLinesIsTheText() {
        Parsed p = parse("31/12/2020, 22:15 - Alice: IMG-20201231-WA0001.jpg (file attached)\nNew year!\n🎆🎆\n");
        assertEquals("New year!\n🎆🎆", p.only().text());
        assertEquals(1, p.report().mediaMessages());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "IMG-20180129-WA0001.jpg (Datei angehängt)\\nFrohe Ostern! | Frohe Ostern! | photo",
        "<Без медиафайлов>\\nкарточка компании                    | карточка компании | unknown",
        "<Media weggelaten>\\nImage with caption                  | Image with caption | unknown",
    })
    void aCaptionIsKeptApartFromItsPlaceholder(String rest, String caption, String type) {
        ParsedMessage m = parse("31/12/2020, 22:15 - Alice: " + rest.replace("\\n", "\n") + "\n").only();
        assertEquals(caption, m.text());
        assertEquals(type, m.mediaType());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "IMG-20201231-WA0001.jpg (file attached) | true",
        "\u200E<attached: 00000012-PHOTO.jpg>    | true",
        "Report.pdf \u200Edocument omitted       | false",
        "\u200Eimage omitted                     | false",
    })
    void anAttachmentIsKnownAsBroughtByTheExportOrLeftOut(String rest, boolean attached) {
        assertEquals(attached, parse("31/12/2020, 22:15 - Alice: " + rest + "\n").only().mediaAttached(), rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I think the image omitted",
        "we had the file attached (file attached) yes",
        "Bild weggelassen, sagt er",
        "<attached: >",
    })
    void sentencesThatLookLikePlaceholdersStayText(String rest) {
        ParsedMessage m = parse("31/12/2020, 22:15 - Alice: " + rest + "\n").only();
        assertNull(m.mediaType(), rest);
        assertEquals(rest, m.text());
    }

    @Test
    void plainTextHasNoMedia() {
        ParsedMessage m = parse("31/12/2020, 22:15 - Alice: my image omitted from the album\n").only();
        assertNull(m.mediaType());
        assertEquals("my image omitted from the album", m.text());
    }
}
