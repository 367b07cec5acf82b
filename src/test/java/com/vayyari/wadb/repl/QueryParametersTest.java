package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.meta.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGobject;

/** Saved queries' placeholders: {@code :name} and {@code $n} become JDBC's {@code ?}, and nothing else does. */
class QueryParametersTest {

    private static List<String> values(QueryParameters parameters, String... arguments) {
        return parameters.bind(List.of(arguments)).stream().map(v -> ((PGobject) v).getValue()).toList();
    }

    @Test
    void namedPlaceholdersNumberInOrderOfFirstUse() {
        QueryParameters p = QueryParameters.of("select * from messages where jid = :chat and timestamp > :since"
                + " or sender_jid = :chat");
        assertEquals("select * from messages where jid = ? and timestamp > ? or sender_jid = ?", p.jdbcSql());
        assertEquals(2, p.count());
        assertEquals(":chat, :since", p.describe());
        assertEquals(List.of("a@g.us", "5", "a@g.us"), values(p, "a@g.us", "5"));
        assertEquals(List.of("a@g.us", "5", "a@g.us"), values(p, "since=5", "chat=a@g.us"));
    }

    @Test
    void positionalPlaceholdersMayRepeat() {
        QueryParameters p = QueryParameters.of("select $2, $1, $2");
        assertEquals("select ?, ?, ?", p.jdbcSql());
        assertEquals("$1, $2", p.describe());
        assertEquals(List.of("b", "a", "b"), values(p, "a", "b"));
    }

    @Test
    void quotesCommentsCastsAndDollarQuotesAreLeftAlone() {
        String sql = "select ':x', \"a:b\", E'\\':y', $$ :z $1 $$, $t$ :w $t$, x::text, arr[1:2] -- :c\n"
                + "/* :d /* $2 */ */ from t where a = :real";
        QueryParameters p = QueryParameters.of(sql);
        assertEquals(1, p.count());
        assertEquals(sql.replace(":real", "?"), p.jdbcSql());
    }

    @Test
    void aBackslashEndsNoPlainStringSoTheNameAfterItIsBound() {
        // standard_conforming_strings: only E'' strings take backslash escapes; like'%\' is a whole string.
        QueryParameters p = QueryParameters.of("select * from messages where content like'%\\' and jid = :chat");
        assertEquals(1, p.count());
        assertEquals("select * from messages where content like'%\\' and jid = ?", p.jdbcSql());
        assertEquals(List.of("a@g.us"), values(p, "a@g.us"));
        assertEquals(0, QueryParameters.of("select e'%\\' and jid = :chat'").count());
    }

    @Test
    void aQuestionMarkOfTheQueryItselfSurvivesJdbc() {
        assertEquals("select metadata ?? 'k' from chats where jid = ?",
                QueryParameters.of("select metadata ? 'k' from chats where jid = :jid").jdbcSql());
        assertEquals("select metadata ? 'k' from chats", QueryParameters.of("select metadata ? 'k' from chats").jdbcSql());
    }

    @Test
    void wrongNumberOfValuesOrMixedStylesAreClearErrors() {
        WadbException few = assertThrows(WadbException.class, () -> QueryParameters.of("select :a, :b").bind(List.of("1")));
        assertEquals("the query takes 2 values (:a, :b), not 1", few.getMessage());
        WadbException mixed = assertThrows(WadbException.class, () -> QueryParameters.of("select $1, :a"));
        assertTrue(mixed.getMessage().contains("not both"), mixed.getMessage());
        WadbException missing = assertThrows(WadbException.class,
                () -> QueryParameters.of("select :a, :b").bind(List.of("a=1", "a=2")));
        assertEquals("no value for :b", missing.getMessage());
    }
}
