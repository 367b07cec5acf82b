package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Required;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.Tmux;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case of issue 17's completion in a real terminal (tmux), typed as a person types it: what Tab leaves on
 * the line is what the screen shows. Names with emoji, CJK and the SQL around them are the demo data's kind.
 */
class CompletionTerminalTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    static Path home;

    private static Tmux tmux;

    @BeforeAll
    static void start() throws Exception {
        Required.that(Tmux.available(), "tmux is not installed: the terminal tests need it");
        db.execute("insert into chats (jid, name, is_group) values ('111@g.us', 'Yoga Morning 🧘', true),"
                + " ('666@g.us', 'Yoga Evening 🌙', true), ('777@g.us', 'Yoga Night 🧘‍♀️', true),"
                + " ('555@g.us', '家族 グループ', true),"
                + " ('919800000001@s.whatsapp.net', 'Ravi', false), ('919800000002@s.whatsapp.net', 'Ravi', false)");
        tmux = Tmux.startFromClassPath(Map.of("HOME", home.toString(), "PAGER", "", "NO_COLOR", "1",
                "LANG", "C.UTF-8"), "--url", db.url());
        tmux.waitFor(s -> s.contains(prompt()), 20_000);
        // The catalog loads in the background after the prompt: wait until a chat name completes.
        long deadline = System.currentTimeMillis() + 15_000;
        while (!tab("search x --chat 家").endsWith("'家族 グループ'") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    private static String prompt() {
        return db.name() + "=#";
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    /**
     * The input line (the screen's last line, or the one above a candidate list) without the prompt. tmux drops
     * the spaces that end a line: a completed word's trailing space shows only when more is typed after it.
     */
    private static String input() throws Exception {
        List<String> lines = tmux.screen().lines().filter(l -> !l.isBlank()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prompt() + " ")) {
                return lines.get(i).substring(prompt().length() + 1);
            }
        }
        return "";
    }

    /** Clears the line, types {@code typed}, presses Tab and returns the line once the screen settles. */
    private static String tab(String typed) throws Exception {
        // Keys, not Ctrl-C: a signal can arrive after the first keys typed and clear them too.
        tmux.press("C-e", "C-u");
        tmux.waitFor(s -> lastLine(s).equals(prompt()), 3_000);
        tmux.type(typed);
        tmux.waitFor(s -> s.contains(typed.stripTrailing()), 3_000);
        return pressTab();
    }

    /**
     * Presses Tab and returns the input line once the screen has changed (or a second has passed: a Tab that only
     * lists again changes nothing) and then stays the same for a moment.
     */
    private static String pressTab() throws Exception {
        String before = tmux.screen();
        tmux.press("Tab");
        long deadline = System.currentTimeMillis() + 1_000;
        while (tmux.screen().equals(before) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return settled();
    }

    private static String settled() throws Exception {
        String before;
        String now = tmux.screen();
        do {
            before = now;
            Thread.sleep(150);
            now = tmux.screen();
        } while (!now.equals(before));
        return input();
    }

    @Test
    void anEmojiEarlierInTheLineShiftsNothing() throws Exception {
        assertEquals("search 😀 --limit", tab("search 😀 --lim"));
        assertEquals("search 家族 --limit", tab("search 家族 --lim"), "nor a wide CJK word");
        assertEquals("select '😀', name from chats where is_group", tab("select '😀', name from chats where is_gr"));
    }

    @Test
    void aChatNameWithAnEmojiCompletesAndTheNextCompletionStillWorks() throws Exception {
        // The list below the line holds a ZWJ sequence (🧘‍♀️), which once put the next key a column off.
        assertEquals("search x --chat 'Yoga", tab("search x --chat Yog"), "the common part, its quote open");
        tmux.type("M");
        tmux.waitFor(s -> s.contains("'Yoga M"), 3_000);  // the common part ends in the space
        assertEquals("search x --chat 'Yoga Morning 🧘'", pressTab());
        // The space the completion added, typed again: tmux would read a first argument "--lim" as its own option.
        tmux.press("BSpace").type(" --lim");
        assertEquals("search x --chat 'Yoga Morning 🧘' --limit", pressTab());
    }

    @Test
    void tabAgainListsAndNeverEatsTheLine() throws Exception {
        tab("search x --chat 'Yoga Morning 🧘' --chat Yo");
        pressTab();
        pressTab();
        tmux.type("E");
        assertEquals("search x --chat 'Yoga Morning 🧘' --chat 'Yoga Evening 🌙'", pressTab());
    }

    @Test
    void optionValuesComeFromTheCommand() throws Exception {
        assertEquals("stats --by month", tab("stats --by mo"));
        assertEquals("media --status failed", tab("media --status f"));
        assertEquals("media --type video", tab("media --type v"));
        assertEquals("chats --format markdown", tab("chats --format mark"));
    }

    @Test
    void columnsOfTheStatementsTablesFirst() throws Exception {
        tab("select * from chats where ");
        String screen = tmux.screen();
        String list = screen.substring(screen.lastIndexOf(prompt()));
        for (String column : List.of("jid", "name", "is_group", "metadata", "created_at", "updated_at")) {
            assertTrue(list.contains(column), "nothing typed: the columns\n" + screen);
        }
        assertFalse(list.contains("possibilities") || list.contains("abs") || list.contains("SELECT"),
                "and nothing else\n" + screen);
        tab("select * from chats where n");
        screen = tmux.screen();
        list = screen.substring(screen.lastIndexOf(prompt()));
        assertTrue(list.indexOf("name") >= 0 && list.indexOf("name") < list.indexOf("now"),
                "a prefix: columns first\n" + screen);
    }

    @Test
    void aNameTwoChatsShareCompletesToTheirJids() throws Exception {
        assertEquals("search x --chat 91980000000", tab("search x --chat Rav"), "their JIDs' common part");
        String screen = tmux.screen();
        assertTrue(screen.contains("919800000001@s.whatsapp.net") && screen.contains("919800000002@s.whatsapp.net"),
                "both listed\n" + screen);
        tmux.type("2");
        assertEquals("search x --chat 919800000002@s.whatsapp.net", pressTab());
    }

    @Test
    void backslashCommandArguments() throws Exception {
        assertEquals("\\d media_files", tab("\\d media_f"));
        assertEquals("\\df+ pg_sleep_until", tab("\\df+ pg_sleep_u"));
        assertEquals("\\dx plpgsql", tab("\\dx plp"));
        assertEquals("\\pset format csv", tab("\\pset format cs"));
        assertEquals("\\pset linestyle unicode", tab("\\pset linestyle u"));
        assertEquals("\\x auto", tab("\\x a"));
        assertEquals("help search", tab("help sea"));
    }
}
