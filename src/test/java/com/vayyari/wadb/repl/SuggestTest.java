package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.command.CommandFactory;
import com.vayyari.wadb.repl.Suggestion.TableRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Suggest}: which kind of name fits at the cursor, from the text alone (no database). */
class SuggestTest {

    private static final Suggest SUGGEST = new Suggest(CommandShapes.of(new CommandFactory(() -> {
        throw new IllegalStateException("completion never needs a session");
    })));

    private static final Suggestion KEYWORD = new Suggestion.Keyword();
    private static final Suggestion TABLES = new Suggestion.Table(null);
    private static final Suggestion SCHEMAS = new Suggestion.Schema();
    private static final Suggestion FUNCTIONS = new Suggestion.Function(null);

    private static List<Suggestion> kinds(String before) {
        return SUGGEST.at(before).kinds();
    }

    private static Suggestion columns(TableRef... tables) {
        return new Suggestion.Column(List.of(tables));
    }

    private static TableRef table(String name, String alias) {
        return new TableRef(null, name, alias);
    }

    @Test
    void statementStartOffersKeywordsAndCommands() {
        assertEquals(List.of(KEYWORD, new Suggestion.Command()), kinds(""));
        assertEquals(List.of(KEYWORD, new Suggestion.Command()), kinds("sel"));
        assertEquals(List.of(KEYWORD, new Suggestion.Command()), kinds("select 1; sea"));
    }

    @Test
    void afterFromAndJoinTablesAndSchemas() {
        assertEquals(List.of(TABLES, SCHEMAS), kinds("select * from "));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("SELECT * FROM cha"));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("select * from messages m join "));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("select * from messages m, "));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("insert into "));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("update "));
        assertEquals(List.of(TABLES, SCHEMAS), kinds("select *\nfrom cha"));
    }

    @Test
    void schemaQualifiedTable() {
        assertEquals(List.of(new Suggestion.Table("public"), new Suggestion.Function("public")),
                kinds("select * from public.ch"));
    }

    @Test
    void afterSelectWhereOnAndByColumnsOfTheStatementsTables() {
        Suggestion chats = columns(table("chats", null));
        assertEquals(List.of(chats), kinds("select * from chats where "), "nothing typed: the columns alone");
        assertEquals(List.of(chats, FUNCTIONS, KEYWORD), kinds("select * from chats where jid = 'x' and na"),
                "a prefix: columns first, then functions and keywords");
        assertEquals(List.of(chats), kinds("select jid from chats order by "));
        assertEquals(List.of(chats), kinds("select jid from chats group by "));
        assertEquals(List.of(chats, FUNCTIONS, KEYWORD), kinds("select jid from chats group by na"));
        assertEquals(List.of(chats), kinds("update chats set "));
        assertEquals(List.of(chats), kinds("select count(*) from chats where name = "));
        assertEquals(List.of(columns(table("messages", "m"), table("chats", "c"))),
                kinds("select * from messages m join chats c on "));
        assertEquals(List.of(columns(), FUNCTIONS, KEYWORD), kinds("select "), "no table named yet: all of them");
        assertEquals(List.of(chats, FUNCTIONS, KEYWORD), kinds("select * from chats where jid in ("),
                "a subquery's SELECT may follow a parenthesis");
    }

    @Test
    void tablesAfterTheCursorCountToo() {
        Suggest.Result result = SUGGEST.at("select ", " from messages m join chats c on c.jid = m.jid");
        assertEquals(List.of(columns(table("messages", "m"), table("chats", "c"))), result.kinds());
        assertEquals(List.of(columns(table("chats", null))), SUGGEST.at("select jid, ", " from chats;").kinds());
        assertEquals(List.of(columns(table("chats", null)), FUNCTIONS, KEYWORD),
                SUGGEST.at("select jid, na", " from chats;").kinds());
    }

    @Test
    void anAliasOrTableBeforeTheDotPicksItsColumns() {
        assertEquals(List.of(columns(table("messages", "m"))),
                kinds("select * from messages m join chats c on c.jid = m."));
        assertEquals(List.of(columns(table("chats", "c"))), kinds("select * from messages m join chats c on c."));
        assertEquals(List.of(columns(new TableRef("public", "chats", null))),
                SUGGEST.at("select chats.", " from public.chats").kinds());
        assertEquals(7, SUGGEST.at("select m.con").wordStart());
    }

    @Test
    void eachStatementHasItsOwnTables() {
        assertEquals(List.of(columns(), FUNCTIONS, KEYWORD), kinds("select * from chats; select "));
    }

    @Test
    void afterANameComesAKeyword() {
        assertEquals(List.of(KEYWORD), kinds("select * from chats "));
        assertEquals(List.of(KEYWORD), kinds("select * "));
        assertEquals(List.of(KEYWORD), kinds("select jid "));
        assertEquals(List.of(), kinds("select jid as "));
    }

    @Test
    void nothingInsideAStringOrComment() {
        assertEquals(List.of(), kinds("select 'fro"));
        assertEquals(List.of(), kinds("select 1 -- from "));
        assertEquals(List.of(), kinds("select $$ from "));
    }

    @Test
    void aQuotedIdentifierIsOneWord() {
        Suggest.Result result = SUGGEST.at("select * from \"Weird Ta");
        assertEquals(List.of(TABLES, SCHEMAS), result.kinds());
        assertEquals(14, result.wordStart());
    }

    @Test
    void backslashCommandsTheirFilesAndSavedQueries() {
        assertEquals(List.of(new Suggestion.MetaCommand()), kinds("\\"));
        assertEquals(List.of(new Suggestion.MetaCommand()), kinds("\\sa"));
        assertEquals(0, SUGGEST.at("\\sa").wordStart());
        assertEquals(List.of(new Suggestion.File()), kinds("\\i sql/"));
        assertEquals(3, SUGGEST.at("\\i sql/").wordStart());
        assertEquals(List.of(new Suggestion.File()), kinds("\\o "));
        assertEquals(List.of(new Suggestion.SavedQuery()), kinds("\\run by"));
        assertEquals(List.of(), kinds("\\run by_chat "));
        assertTrue(SUGGEST.at("\\i sql/").commandLine());
    }

    @Test
    void psetOffersItsOptionsThenTheirValues() {
        List<Suggestion> names = kinds("\\pset ");
        assertEquals(1, names.size());
        assertTrue(((Suggestion.Words) names.get(0)).words().contains("unicode_header_linestyle"));
        assertEquals(List.of(new Suggestion.Words(List.of("ascii", "old-ascii", "unicode"), "linestyle")),
                kinds("\\pset linestyle u"));
        assertEquals(List.of(new Suggestion.Words(List.of("on", "off", "auto"), "value")), kinds("\\x a"));
        assertEquals(List.of(new Suggestion.Words(List.of(), "null")), kinds("\\pset null "));
        assertEquals(List.of(), kinds("\\pset format csv "));
    }

    @Test
    void domainCommandsTheirOptionsChatsAndFiles() {
        Suggestion chat = new Suggestion.Chat();
        assertEquals(List.of(new Suggestion.CommandOption("search")), kinds("search invoice --"));
        assertEquals(List.of(chat), kinds("search invoice --chat "));
        assertEquals(List.of(chat), kinds("search invoice --chat Fam"));
        assertEquals(List.of(), kinds("search invoice --limit "));
        assertEquals(List.of(chat, new Suggestion.CommandOption("exclude")), kinds("exclude "));
        assertEquals(List.of(chat, new Suggestion.CommandOption("include")), kinds("include 123@s.whatsapp.net "));
        assertEquals(List.of(chat, new Suggestion.CommandOption("messages")), kinds("messages Fam"));
        assertEquals(List.of(new Suggestion.File()), kinds("export --table chats -o "));
        assertEquals(List.of(new Suggestion.File()), kinds("export --table chats --output out/"));
        assertEquals(List.of(new Suggestion.Command()), kinds("help "));
        assertTrue(SUGGEST.at("messages Fam").commandLine());
    }

    @Test
    void optionValuesComeFromTheCommandsPicocliModel() {
        assertEquals(List.of(new Suggestion.Words(List.of("day", "week", "month", "sender", "chat"), "--by")),
                kinds("stats --by "));
        assertEquals(List.of(new Suggestion.Words(List.of("pending", "uploaded", "migrated", "failed"), "--status")),
                kinds("media --status fa"));
        List<String> types = List.of("photo", "video", "audio", "document");
        assertEquals(List.of(new Suggestion.Words(types, "--type")), kinds("media --limit 5 --type "));
        assertEquals(List.of(new Suggestion.Words(types, "--media")), kinds("search x --media "));
        List<Suggestion> formats = kinds("chats --format ");
        assertTrue(((Suggestion.Words) formats.get(0)).words().containsAll(List.of("table", "csv", "json", "troff-ms")),
                formats.toString());
        assertEquals(18, SUGGEST.at("search 😀 --media ph").wordStart(), "in the string's chars, the emoji two");
    }

    @Test
    void anArgumentWithEscapedQuotesIsOneWord() {
        assertEquals(List.of(new Suggestion.Chat()), kinds("search \"say \\\"hi\\\" now\" --chat "));
        assertEquals(List.of(new Suggestion.Chat()), kinds("search 'it'\\''s' --chat Fam"));
        assertEquals(31, SUGGEST.at("search \"say \\\"hi\\\" now\" --chat Fam").wordStart());
    }

    @Test
    void aQuotedChatNameStartsAtItsQuote() {
        Suggest.Result result = SUGGEST.at("messages 'Family Gr");
        assertEquals(9, result.wordStart());
        assertEquals(List.of(new Suggestion.Chat(), new Suggestion.CommandOption("messages")), result.kinds());
    }
}
