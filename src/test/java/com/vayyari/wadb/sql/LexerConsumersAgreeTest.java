package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.QueryParameters;
import com.vayyari.wadb.sql.SqlToken.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/**
 * Every consumer of the SQL lexer over the splitter's fuzz scripts and corpus, against the tokenizer: the splitter
 * stops exactly at semicolon and backslash-command tokens, the highlighter colours exactly the tokenizer's strings
 * and comments, saved queries find placeholders exactly at its parameter and variable tokens, and the export guard
 * takes one statement only where the splitter finds one. A consumer with rules of its own fails here.
 */
class LexerConsumersAgreeTest {

    private static final long SEED = 0xD1FF_5EEDL;
    private static final int SCRIPTS = 3000;

    @Test
    void everyConsumerCutsTheFuzzScriptsAndTheCorpusWhereTheTokenizerDoes() throws Exception {
        Random random = new Random(SEED);
        List<String> scripts = new ArrayList<>();
        for (int i = 0; i < SCRIPTS; i++) {
            scripts.add(SplitterFuzzTest.script(random, i % 2 == 0));
        }
        Stream.concat(scripts.stream(), Corpus.all().map(Corpus::text)).map(LexerConsumersAgreeTest::asSplit)
                .forEach(LexerConsumersAgreeTest::agree);
    }

    /** The text as the splitter reads it: without the trailing CRs and the byte-order mark it drops. */
    private static String asSplit(String script) {
        String text = script.replaceAll("\r+(?=\n|$)", "");
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void agree(String text) {
        List<SqlToken> tokens = SqlTokenizer.tokens(text);
        String shown = Scripts.escape(text);
        assertEquals(text, String.join("", tokens.stream().map(SqlToken::text).toList()), shown);
        splitterStopsAtTokens(text, tokens, shown);
        highlighterColoursTokens(text, tokens, shown);
        placeholdersAreTokens(text, tokens, shown);
        exportGuardCountsLikeTheSplitter(text, shown);
    }

    /** Drives the splitter's lexer line by line as StatementSplitter does, noting where it stops. */
    private static void splitterStopsAtTokens(String text, List<SqlToken> tokens, String shown) {
        TreeSet<Integer> semicolons = new TreeSet<>();
        List<int[]> commands = new ArrayList<>();
        StatementBuffer buffer = new StatementBuffer();
        SqlLexer lexer = new SqlLexer(buffer);
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            int pos = 0;
            while (true) {
                SqlLexer.Stop stop = lexer.scan(line, pos);
                pos = lexer.position();
                if (stop == SqlLexer.Stop.END_OF_LINE) {
                    break;
                }
                if (stop == SqlLexer.Stop.SEMICOLON) {
                    semicolons.add(lineStart + pos - 1);
                    buffer.clear();
                    lexer.reset();
                } else {
                    int resume = CommandExtent.end(line, pos);
                    commands.add(new int[] {lineStart + pos, lineStart + resume});
                    String name = line.substring(pos + 1, CommandExtent.nameEnd(line, pos));
                    if (MetaCommands.consumesQuery(name)) {
                        buffer.clear();
                        lexer.reset();
                    }
                    pos = resume;
                }
            }
            lineStart += line.length() + 1;
        }
        List<int[]> commandTokens = new ArrayList<>();
        TreeSet<Integer> semicolonTokens = new TreeSet<>();
        for (SqlToken token : tokens) {
            if (token.kind() == Kind.BACKSLASH_COMMAND) {
                commandTokens.add(new int[] {token.start(), token.end()});
            } else if (token.kind() == Kind.SEMICOLON) {
                semicolonTokens.add(token.start());
            }
        }
        assertEquals(render(commandTokens), render(commands), shown);
        assertTrue(semicolonTokens.containsAll(semicolons), () -> semicolons + " not all in " + semicolonTokens
                + ": " + shown);
        long metaPieces = Scripts.split(text).stream().filter(p -> p instanceof Piece.Meta).count();
        assertEquals(commandTokens.size(), metaPieces, shown);
    }

    private static String render(List<int[]> spans) {
        return String.join(" ", spans.stream().map(s -> s[0] + "-" + s[1]).toList());
    }

    /** Character by character: string, comment or other, as the highlighter colours it and the tokens say. */
    private static void highlighterColoursTokens(String text, List<SqlToken> tokens, String shown) {
        if (Commands.isCommandLine(text.lines().findFirst().orElse(""))) {
            return;
        }
        AttributedStyle string = highlight("'x'").styleAt(0);
        AttributedStyle comment = highlight("/**/").styleAt(0);
        AttributedString highlighted = highlight(text);
        StringBuilder expected = new StringBuilder();
        for (SqlToken token : tokens) {
            char kind = token.isString() ? 's' : token.isComment() ? 'c' : '.';
            expected.append(String.valueOf(kind).repeat(token.end() - token.start()));
        }
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < highlighted.length(); i++) {
            AttributedStyle style = highlighted.styleAt(i);
            actual.append(style.equals(string) ? 's' : style.equals(comment) ? 'c' : '.');
        }
        assertEquals(expected.toString(), actual.toString(), shown);
    }

    /** The JDBC text saved queries make: {@code ?} exactly at placeholder tokens, other {@code ?} doubled. */
    private static void placeholdersAreTokens(String text, List<SqlToken> tokens, String shown) {
        StringBuilder expected = new StringBuilder();
        boolean positional = false;
        boolean named = false;
        SqlToken previous = null;
        for (SqlToken token : tokens) {
            boolean glued = previous != null && previous.end() == token.start()
                    && (previous.kind() == Kind.WORD || previous.kind() == Kind.NUMBER);
            boolean parameter = token.kind() == Kind.PARAMETER && !glued;
            boolean variable = token.kind() == Kind.VARIABLE && !glued
                    && (Character.isLetter(token.text().charAt(1)) || token.text().charAt(1) == '_');
            positional |= parameter;
            named |= variable;
            if (parameter || variable) {
                expected.append('?');
            } else if (token.isString() || token.isComment() || token.kind() == Kind.QUOTED_IDENTIFIER) {
                expected.append(token.text());
            } else {
                expected.append(token.text().replace("?", "??"));
            }
            previous = token;
        }
        try {
            QueryParameters parameters = QueryParameters.of(text);
            assertTrue(!positional || !named, shown);
            assertEquals(positional || named ? expected.toString() : text, parameters.jdbcSql(), shown);
        } catch (WadbException e) {
            assertTrue(positional && named || e.getMessage().contains("$"), e.getMessage() + ": " + shown);
        }
    }

    /** One statement for export only where the splitter finds one; several are always refused. */
    private static void exportGuardCountsLikeTheSplitter(String text, String shown) {
        List<Piece> pieces = Scripts.split(text);
        long statements = pieces.stream().filter(p -> p instanceof Piece.Sql).count();
        boolean commands = pieces.stream().anyMatch(p -> p instanceof Piece.Meta);
        String accepted = singleStatement(text);
        if (accepted != null) {
            assertTrue(statements == 1 && !commands, () -> "export took " + pieces + ": " + shown);
            assertTrue(withoutSpace(accepted).endsWith(withoutSpace(((Piece.Sql) pieces.get(0)).text())), shown);
        }
        if (statements > 1) {
            assertEquals(null, accepted, shown);
        }
    }

    private static String withoutSpace(String s) {
        return s.chars().filter(c -> !SqlChars.isSpace((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    // The highlighter and the export guard are package-private in their packages: reached by reflection.

    private static AttributedString highlight(String text) {
        try {
            Class<?> type = Class.forName("com.vayyari.wadb.repl.SqlHighlighter");
            var constructor = type.getDeclaredConstructor(boolean.class);
            constructor.setAccessible(true);
            Method highlight = type.getDeclaredMethod("highlight", String.class);
            highlight.setAccessible(true);
            return (AttributedString) highlight.invoke(constructor.newInstance(true), text);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statement {@code export --query} would run, or null when it refuses the text. */
    private static String singleStatement(String text) {
        try {
            Method of = Class.forName("com.vayyari.wadb.command.SingleStatement").getDeclaredMethod("of", String.class);
            of.setAccessible(true);
            return (String) of.invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof WadbException) {
                return null;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
