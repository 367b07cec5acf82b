package com.vayyari.wadb.repl;

import com.vayyari.wadb.repl.Suggestion.TableRef;
import com.vayyari.wadb.sql.SqlToken.Kind;
import com.vayyari.wadb.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The tables a statement names after FROM, JOIN, UPDATE and INTO, with their aliases: whose columns fit. */
final class TableRefs {

    private static final Set<String> STARTS = Set.of("FROM", "JOIN", "UPDATE", "INTO");
    private static final Set<String> SKIPPED = Set.of("ONLY", "LATERAL");

    private final List<SqlToken> tokens;
    private int at;

    private TableRefs(List<SqlToken> tokens) {
        this.tokens = tokens.stream().filter(SqlToken::significant).toList();
    }

    static List<TableRef> in(List<SqlToken> statement) {
        return new TableRefs(statement).read();
    }

    private List<TableRef> read() {
        List<TableRef> refs = new ArrayList<>();
        for (at = 0; at < tokens.size(); at++) {
            SqlToken token = tokens.get(at);
            if (token.kind() == Kind.WORD && STARTS.contains(token.text().toUpperCase(Locale.ROOT))) {
                boolean list = token.isWord("FROM");
                at++;
                while (readOne(refs) && list && at < tokens.size() && tokens.get(at).is(",")) {
                    at++;
                }
                at--;
            }
        }
        return refs;
    }

    /** Reads {@code [schema.]name [[AS] alias]} at {@code at}; false if no table name stands there. */
    private boolean readOne(List<TableRef> refs) {
        while (at < tokens.size() && SKIPPED.contains(tokens.get(at).text().toUpperCase(Locale.ROOT))) {
            at++;
        }
        String first = name(at, true);
        if (first == null) {
            return false;
        }
        at++;
        String schema = null;
        String table = first;
        if (at + 1 < tokens.size() && tokens.get(at).is(".") && name(at + 1, true) != null) {
            schema = first;
            table = name(at + 1, true);
            at += 2;
        }
        String alias = null;
        if (at < tokens.size() && tokens.get(at).isWord("AS")) {
            at++;
        }
        if (at < tokens.size() && name(at, false) != null) {
            alias = name(at, false);
            at++;
        }
        refs.add(new TableRef(schema, table, alias));
        return true;
    }

    /** The identifier at {@code i} as the server folds it, or null if there is none. */
    private String name(int i, boolean keywordsToo) {
        return i < tokens.size() ? identifier(tokens.get(i), keywordsToo) : null;
    }

    /** An identifier as the server folds it; null for other tokens and, unless {@code keywordsToo}, keywords. */
    static String identifier(SqlToken token, boolean keywordsToo) {
        // U&"…" would need its escapes decoded; it names no table completion can look up as typed.
        if (token.kind() == Kind.QUOTED_IDENTIFIER && token.terminated() && token.text().startsWith("\"")) {
            return token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"");
        }
        if (token.kind() == Kind.WORD && (keywordsToo || !SqlKeywords.contains(token.text()))) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
