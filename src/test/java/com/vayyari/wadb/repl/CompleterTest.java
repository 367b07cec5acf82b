package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The completer over a real schema: names from the catalog, commands from picocli, files from disk. */
class CompleterTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    static Path dir;

    private static final AtomicReference<Catalog> CATALOG = new AtomicReference<>();
    private static SqlCompleter completer;

    @BeforeAll
    static void load() throws Exception {
        db.execute("insert into chats (jid, name, is_group) values ('111@s.whatsapp.net', 'Family Group', true),"
                + " ('222@s.whatsapp.net', 'Famous Amos', false), ('333-444@g.us', 'Work', true),"
                + " ('444@s.whatsapp.net', 'Ravi', false), ('555@s.whatsapp.net', 'ravi', false),"
                + " ('666@s.whatsapp.net', 'Ramesh', false)");
        db.execute("create schema archive; create table archive.old_messages (id int, body text)");
        try (Connection connection = db.connect()) {
            CATALOG.set(Catalog.load(connection));
        }
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("export-2024.txt"), "");
        completer = new SqlCompleter(CommandShapes.of(new CommandFactory(() -> null)),
                () -> Optional.ofNullable(CATALOG.get()), Map.of("save", "save it", "saved", "list them"),
                () -> List.of("by_chat", "recent"), new FileCandidates(dir));
    }

    private static List<String> values(String before) {
        return values(before, "");
    }

    private static List<String> values(String before, String after) {
        return completer.complete(before, after).stream().map(Candidate::value).toList();
    }

    @Test
    void psetCompletesOptionNamesAndValues() {
        assertTrue(values("\\pset unicode_b").contains("unicode_border_linestyle"));
        assertEquals(List.of("aligned", "asciidoc", "csv", "html", "latex", "latex-longtable", "troff-ms", "unaligned",
                "wrapped"), values("\\pset format "));
        assertEquals(List.of("single", "double"), values("\\pset unicode_column_linestyle d"));
        assertEquals(List.of("on", "off", "auto"), values("\\x "));
    }

    @Test
    void tablesAfterFromAndNotFunctions() {
        List<String> names = values("select * from cha");
        assertTrue(names.containsAll(List.of("chats", "chat_tracking_state", "messages", "media_files")), names.toString());
        assertFalse(names.contains("now"), names.toString());
        assertFalse(names.contains("old_messages"), "not on the search path");
        assertTrue(names.contains("archive."), "schemas complete too");
        assertEquals(List.of("archive.old_messages"), values("select * from archive.o").stream()
                .filter(v -> v.startsWith("archive.")).toList());
    }

    @Test
    void columnsOfTheTablesInTheStatement() {
        List<String> names = values("select * from chats where ");
        assertTrue(names.containsAll(List.of("jid", "name", "is_group", "metadata")), names.toString());
        assertFalse(names.contains("content"), "a column of messages, which the statement does not name");
        assertEquals(List.of("created_at", "is_group", "jid", "metadata", "name", "updated_at"),
                names.stream().sorted().toList(), "nothing typed: the columns alone");
        List<String> prefixed = values("select * from chats where n");
        int name = prefixed.indexOf("name");
        int now = prefixed.indexOf("now");
        int not = prefixed.indexOf("not");
        assertTrue(name >= 0 && name < now && now < not, "columns first, then functions and keywords");
        List<String> both = values("select ", " from messages m join chats c on c.jid = m.jid");
        assertTrue(both.containsAll(List.of("content", "sender_jid", "is_group")), both.toString());
        assertEquals(List.of("c.created_at", "c.is_group", "c.jid", "c.metadata", "c.name", "c.updated_at"),
                values("select c.", " from messages m join chats c on c.jid = m.jid").stream().sorted().toList());
        assertEquals(List.of("id", "body"), values("select  from archive.old_messages".substring(0, 7),
                " from archive.old_messages").stream().filter(v -> v.equals("id") || v.equals("body")).toList());
    }

    @Test
    void keywordsFollowTheCaseTyped() {
        assertTrue(values("sel").contains("select"));
        assertTrue(values("SEL").contains("SELECT"));
        assertTrue(values("").contains("SELECT"));
        assertTrue(values("").contains("search"), "domain commands at the start");
    }

    @Test
    void chatJidsAndNamesAfterChatCommandsAndOptions() {
        for (String line : List.of("messages ", "exclude ", "include 111@s.whatsapp.net ", "search invoice --chat ")) {
            List<String> names = values(line);
            assertTrue(names.containsAll(List.of("Family Group", "111@s.whatsapp.net", "333-444@g.us", "Work")),
                    line + names);
        }
        CompletionLine line = new CompletionLine("messages 'Family G", 18, typed("messages 'Family G"));
        assertEquals("Family G", line.word(), "matched without its quote");
        assertEquals("'Family Group'", line.escape("Family Group", true).toString());
        line = new CompletionLine("messages Family", 15, typed("messages Family"));
        assertEquals("Family", line.word());
        assertEquals("'Family Group'", line.escape("Family Group", true).toString(), "inserted quoted");
        CompletionLine quoted = new CompletionLine("messages \"Fam", 13, typed(("messages \"Fam")));
        assertEquals("\"Famous Amos\"", quoted.escape("Famous Amos", true).toString());
    }

    @Test
    void aNameTwoChatsShareCompletesToTheirJids() {
        List<String> all = values("search x --chat ");
        assertTrue(all.containsAll(List.of("444@s.whatsapp.net", "555@s.whatsapp.net", "Ramesh")), all.toString());
        assertFalse(all.contains("Ravi") || all.contains("ravi"), "the command would reject it as ambiguous");
        StatementParser parser = new StatementParser(null, new Suggest(CommandShapes.of(new CommandFactory(() -> null))),
                () -> false);
        String typed = "search 😀 --chat Rav";
        CompletionLine line = (CompletionLine) parser.parse(typed, typed.codePointCount(0, typed.length()),
                org.jline.reader.Parser.ParseContext.COMPLETE);
        List<Candidate> jids = new java.util.ArrayList<>();
        completer.complete(null, line, jids);
        assertEquals(List.of("444@s.whatsapp.net", "555@s.whatsapp.net"), jids.stream().map(Candidate::value).toList());
        assertEquals(List.of("Ravi", "ravi"), jids.stream().map(Candidate::descr).toList());
        assertEquals("", line.word(), "JLine matches the JIDs and puts their common part where Rav was");
        assertEquals(3, line.rawWordLength());
        assertEquals(List.of(), SqlCompleter.sharedName(CATALOG.get().chats(), "Ra"), "Ramesh fits too: no JIDs yet");
        assertEquals(List.of(), SqlCompleter.sharedName(CATALOG.get().chats(), "Fam"), "names of one chat each");
    }

    @Test
    void theListShowsAZwjSequenceAsItsFirstEmojiAndTabInsertsTheName() {
        assertEquals("Yoga Night 🧘", ListedText.of("Yoga Night 🧘‍♀️"));
        assertEquals("👨 Family", ListedText.of("👨‍👩‍👧 Family"));
        assertEquals("👍🏽 ok", ListedText.of("👍🏽 ok"), "a skin tone alone is zero width to JLine too");
        assertEquals("🏳️ flag", ListedText.of("🏳️‍🌈 flag"));
        assertEquals("Family ❤️", ListedText.of("Family ❤️"), "no ZWJ: as it is");
        Candidate shown = new SqlCompleter(CommandShapes.of(new CommandFactory(() -> null)), () -> Optional.of(
                new Catalog(List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                        List.of(new Catalog.Chat("9@g.us", "Yoga Night 🧘‍♀️")), List.of())),
                Map.of(), List::of, new FileCandidates(dir)).complete("messages Yo", "").get(1);
        assertEquals("Yoga Night 🧘‍♀️", shown.value());
        assertEquals("Yoga Night 🧘", shown.displ());
    }

    @Test
    void chatNamesAfterAnArgumentWithEscapedQuotes() {
        List<String> names = values("search \"say \\\"hi\\\" now\" --chat ");
        assertEquals(values("search hi --chat "), names);
        assertTrue(names.containsAll(List.of("Family Group", "Work")), names.toString());
    }

    private static Suggest.Result typed(String text) {
        return new Suggest(CommandShapes.of(new CommandFactory(() -> null))).at(text);
    }

    @Test
    void commandOptionsFromPicocli() {
        List<String> options = values("search invoice --");
        assertTrue(options.containsAll(List.of("--chat", "--limit", "--since", "--csv", "--output")), options.toString());
        assertTrue(values("export --").containsAll(List.of("--table", "--query")));
    }

    @Test
    void optionValuesFromPicocli() {
        assertEquals(List.of("day", "week", "month", "sender", "chat"), values("stats --by "));
        assertEquals(List.of("pending", "uploaded", "migrated", "failed"), values("media --status "));
        assertEquals(List.of("photo", "video", "audio", "document"), values("media --type "));
        assertTrue(values("messages 111@s.whatsapp.net --format ").containsAll(List.of("csv", "json", "markdown")));
        assertEquals(List.of(), values("search invoice --limit "), "a number: nothing to offer");
    }

    @Test
    void describeCommandsCompleteTheNamesTheyTake() {
        List<String> relations = values("\\d mes");
        assertTrue(relations.contains("messages"), relations.toString());
        assertTrue(values("\\dt+ ").contains("archive."), "schemas too, for a qualified pattern");
        assertTrue(values("\\d archive.o").contains("archive.old_messages"));
        assertFalse(values("\\sf now").contains("messages"), "functions only");
        assertTrue(values("\\df+ now").contains("now"), "functions after \\df");
        assertEquals(List.of("plpgsql"), values("\\dx plp"), "installed extensions after \\dx");
        assertTrue(values("\\sf now").contains("now"), "and after \\sf");
        assertTrue(values("\\dS+ pg_cl").contains("pg_class") || values("\\dS+ pg_catalog.pg_cl").contains("pg_catalog.pg_class")
                || values("\\dS+ ").contains("pg_catalog."));
    }

    @Test
    void backslashCommandsSavedQueriesAndFiles() {
        assertEquals(List.of("\\save", "\\saved"), values("\\sa").stream().sorted().toList());
        assertEquals(List.of("by_chat", "recent"), values("\\run "));
        assertEquals(List.of("export-2024.txt", "exports/"), values("\\i ex").stream().sorted().toList());
        assertEquals(List.of("export-2024.txt", "exports/"), values("import ex").stream().filter(v -> v.startsWith("ex"))
                .sorted().toList(), "its options complete too, and JLine keeps what starts with ex");
        assertEquals(List.of("export-2024.txt", "exports/"), values("export --table chats -o ex").stream().sorted()
                .toList());
    }

    @Test
    void withoutACatalogOnlyKeywordsAndCommands() {
        SqlCompleter early = new SqlCompleter(CommandShapes.of(new CommandFactory(() -> null)), Optional::empty,
                Map.of(), List::of, new FileCandidates(dir));
        assertEquals(List.of(), early.complete("select * from cha", ""));
        assertTrue(early.complete("select * from chats where ", "").stream().allMatch(c -> "keyword".equals(c.group())));
    }

    @Test
    void theCacheLoadsInTheBackgroundAndAgainAfterDdl() throws Exception {
        try (CatalogCache cache = new CatalogCache(() -> {
            try {
                return db.connect();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })) {
            assertTrue(cache.ready().isEmpty(), "nothing before the first load");
            cache.refresh();
            Catalog first = awaitLoad(cache, null);
            assertFalse(first.tables(null).contains("notes"));
            db.execute("create table notes (id int)");
            cache.refresh();
            Catalog second = awaitLoad(cache, first);
            assertTrue(second.tables(null).contains("notes"));
        }
    }

    private static Catalog awaitLoad(CatalogCache cache, Catalog previous) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (cache.ready().isEmpty() || cache.ready().get() == previous) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the catalog did not load");
            }
            Thread.sleep(20);
        }
        return cache.ready().get();
    }
}
