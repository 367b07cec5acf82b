package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Highlighting of SQL and commands, and how completed words are quoted back. */
class HighlightAndQuoteTest {

    private static final String SQL = "select 'it''s', 42, $1 -- note\nfrom chats /* c */ where name = $$x$$;";

    private static AttributedStyle styleAt(AttributedString text, String part) {
        return text.styleAt(text.toString().indexOf(part));
    }

    @Test
    void keywordsStringsNumbersCommentsAndParametersEachHaveAStyle() {
        AttributedString text = new SqlHighlighter(true).highlight(SQL);
        assertEquals(SQL, text.toString());
        AttributedStyle keyword = styleAt(text, "select");
        assertEquals(keyword, styleAt(text, "from"));
        AttributedStyle string = styleAt(text, "'it");
        assertEquals(string, styleAt(text, "$$x"));
        AttributedStyle comment = styleAt(text, "-- note");
        assertEquals(comment, styleAt(text, "/* c"));
        List<AttributedStyle> styles = List.of(keyword, string, comment, styleAt(text, "42"), styleAt(text, "$1"),
                AttributedStyle.DEFAULT);
        assertEquals(styles.size(), styles.stream().distinct().count(), "all different");
        assertEquals(AttributedStyle.DEFAULT, styleAt(text, "chats"));
    }

    @Test
    void commandLinesShowTheCommandAndItsOptions() {
        AttributedString text = new SqlHighlighter(true).highlight("search invoice --chat 'Family Group' --limit 5");
        assertEquals(styleAt(new SqlHighlighter(true).highlight("select"), "select"), styleAt(text, "search"));
        assertEquals(styleAt(text, "--chat"), styleAt(text, "--limit"));
        assertFalse(styleAt(text, "--chat").equals(AttributedStyle.DEFAULT));
        assertEquals(AttributedStyle.DEFAULT, styleAt(text, "invoice"));
    }

    @Test
    void noColourMeansNoEscapeCodes() {
        assertTrue(new SqlHighlighter(true).highlight(SQL).toAnsi().contains("\u001b["));
        assertFalse(new SqlHighlighter(false).highlight(null, SQL).toAnsi().contains("\u001b["));
    }

    @Test
    void aCompletedChatNameIsQuotedSoTheCommandReadsOneWord() {
        assertEquals("'Family Group'", ShellQuote.quote("Family Group", (char) 0, true));
        assertEquals("'Family ", ShellQuote.quote("Family ", (char) 0, false));
        assertEquals("\"Mum's \\\"phone\\\"\"", ShellQuote.quote("Mum's \"phone\"", (char) 0, true));
        assertEquals("\"Family Group\"", ShellQuote.quote("Family Group", '"', true));
        assertEquals("123-456@g.us", ShellQuote.quote("123-456@g.us", (char) 0, true));
        assertEquals("Fam Gr", ShellQuote.unquote("'Fam Gr"));
        assertEquals("Fam Gr", ShellQuote.unquote("Fam\\ Gr"));
    }

    @Test
    void sqlNamesAreQuotedWhenTheyMustBe() {
        assertEquals("chats", SqlKeywords.identifier("chats"));
        assertEquals("\"Weird Table\"", SqlKeywords.identifier("Weird Table"));
        assertEquals("\"order\"", SqlKeywords.identifier("order"));
        assertEquals("\"a\"\"b\"", SqlKeywords.identifier("a\"b"));
    }
}
