package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What in SQL text would lift a read-only session or get round it: the server refuses writes in a
 * {@code default_transaction_read_only} session, but not a statement that turns that off, nor what it lets run in a
 * read-only transaction although it changes something (ALTER SYSTEM, large objects, server files and programs,
 * maintenance, code wadb cannot read). Read from the lexer's tokens, so comments, quotes, dollar quotes and case
 * hide nothing; every statement of the text counts.
 */
public final class ReadOnlyEscapes {

    private static final Set<String> READ_ONLY_SETTINGS = Set.of("default_transaction_read_only", "transaction_read_only");
    /** Statements the server runs in a read-only transaction although they change the cluster or its files. */
    private static final Set<String> MAINTENANCE = Set.of("VACUUM", "ANALYZE", "ANALYSE", "REINDEX", "CLUSTER",
            "CHECKPOINT", "REFRESH");
    /**
     * Functions that write outside the transaction's read-only check (large objects, a server file) or run SQL
     * given as text, which wadb cannot read: the server lets them run in a read-only transaction.
     */
    private static final Set<String> FUNCTIONS = Set.of("lo_creat", "lo_create", "lo_import", "lo_export", "lo_unlink",
            "lo_put", "lo_from_bytea", "lo_open", "lowrite", "lo_truncate", "lo_truncate64", "query_to_xml",
            "query_to_xmlschema", "query_to_xml_and_xmlschema");

    private ReadOnlyEscapes() {
    }

    /** What the first such statement or call in {@code sql} is, as a message names it, or empty when there is none. */
    public static Optional<String> find(String sql) {
        List<SqlToken> statement = new ArrayList<>();
        for (SqlToken token : SqlTokenizer.lazily(sql)) {
            if (token.kind() == SqlToken.Kind.SEMICOLON || token.kind() == SqlToken.Kind.BACKSLASH_COMMAND
                    || token.kind() == SqlToken.Kind.BACKSLASH_ESCAPE && token.text().equals("\\;")) {
                Optional<String> found = inStatement(statement);
                if (found.isPresent()) {
                    return found;
                }
                statement.clear();
            } else if (token.significant()) {
                statement.add(token);
            }
        }
        return inStatement(statement);
    }

    private static Optional<String> inStatement(List<SqlToken> tokens) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> byCommand = byCommand(tokens);
        return byCommand.isPresent() ? byCommand : calls(tokens);
    }

    /** The statements refused by what they are, read from their first words. */
    private static Optional<String> byCommand(List<SqlToken> tokens) {
        String first = keyword(tokens, 0);
        switch (first) {
            case "ALTER":
                return keyword(tokens, 1).equals("SYSTEM") ? Optional.of("ALTER SYSTEM") : Optional.empty();
            case "DO":
                return Optional.of("DO (code wadb cannot check)");
            case "COPY":
                return copyWithFile(tokens) ? Optional.of("COPY to or from a server file or program") : Optional.empty();
            case "SET", "RESET":
                for (int i = 1; i < tokens.size(); i = name(tokens, i).next()) {
                    Name name = name(tokens, i);
                    if (READ_ONLY_SETTINGS.contains(name.value()) && !(first.equals("SET") && setsOn(tokens, name.next()))) {
                        return Optional.of(first + " " + name.value());
                    }
                }
                return readWrite(tokens);
            case "BEGIN", "START":
                return readWrite(tokens);
            default:
                if (MAINTENANCE.contains(first)) {
                    return Optional.of(first.equals("REFRESH") ? "REFRESH MATERIALIZED VIEW" : first);
                }
                return Optional.empty();
        }
    }

    /** {@code SET name TO on} (or {@code = true}, {@code yes}, {@code 1}, quoted or not) and nothing more: it keeps read-only. */
    private static boolean setsOn(List<SqlToken> tokens, int after) {
        if (tokens.size() != after + 2 || !(tokens.get(after).is("=") || tokens.get(after).isWord("to"))) {
            return false;
        }
        SqlToken value = tokens.get(after + 1);
        String text = value.text();
        if (value.kind() == SqlToken.Kind.STRING && text.startsWith("'") && !text.contains("\\") && value.terminated()) {
            text = text.substring(1, text.length() - 1);
        } else if (value.kind() != SqlToken.Kind.WORD && value.kind() != SqlToken.Kind.NUMBER) {
            return false;
        }
        return Set.of("on", "true", "yes", "1").contains(text.toLowerCase(Locale.ROOT));
    }

    /** {@code READ WRITE} anywhere in a BEGIN, START TRANSACTION, SET TRANSACTION or SET SESSION CHARACTERISTICS. */
    private static Optional<String> readWrite(List<SqlToken> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("read") && tokens.get(i + 1).isWord("write")) {
                return Optional.of(keyword(tokens, 0) + " … READ WRITE");
            }
        }
        return Optional.empty();
    }

    /** A COPY whose data comes from or goes to anything but the client (STDIN, STDOUT): a file or a program. */
    private static boolean copyWithFile(List<SqlToken> tokens) {
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth == 0 && (token.isWord("to") || token.isWord("from"))) {
                return i + 1 >= tokens.size() || !(tokens.get(i + 1).isWord("stdin") || tokens.get(i + 1).isWord("stdout"));
            }
        }
        return false;
    }

    /** A refused function called anywhere in the statement: its name, schema-qualified or not, before {@code (}. */
    private static Optional<String> calls(List<SqlToken> tokens) {
        for (int i = 0; i < tokens.size(); i = name(tokens, i).next()) {
            Name name = name(tokens, i);
            if (name.value().isEmpty() || name.next() >= tokens.size() || !tokens.get(name.next()).is("(")) {
                continue;
            }
            String called = name.value();
            if (FUNCTIONS.contains(called) || called.equals("set_config") && !harmlessSetConfig(tokens, name.next() + 1)) {
                return Optional.of(called + "()");
            }
        }
        return Optional.empty();
    }

    /**
     * A set_config whose first argument is a plain string literal naming another setting than the read-only ones.
     * Anything wadb cannot read for certain (an expression, a column, an escape) counts as naming them.
     */
    private static boolean harmlessSetConfig(List<SqlToken> tokens, int argument) {
        if (argument + 1 >= tokens.size() || !tokens.get(argument + 1).is(",")) {
            return false;
        }
        SqlToken literal = tokens.get(argument);
        String text = literal.text();
        String value;
        if (!literal.terminated()) {
            return false;
        } else if (literal.kind() == SqlToken.Kind.STRING && text.startsWith("'") && !text.contains("\\")) {
            value = text.substring(1, text.length() - 1).replace("''", "'");
        } else if (literal.kind() == SqlToken.Kind.DOLLAR_STRING) {
            int tag = text.indexOf('$', 1) + 1;
            value = text.substring(tag, text.length() - tag);
        } else {
            return false;
        }
        return !READ_ONLY_SETTINGS.contains(value.toLowerCase(Locale.ROOT));
    }

    /** The upper-cased keyword at {@code index}, or "" when that token is none. */
    private static String keyword(List<SqlToken> tokens, int index) {
        return index < tokens.size() && tokens.get(index).kind() == SqlToken.Kind.WORD
                ? tokens.get(index).text().toUpperCase(Locale.ROOT) : "";
    }

    /** The name a token stands for ("" for a token that is no name) and the index of the token after it. */
    private record Name(String value, int next) {
    }

    /**
     * The name at {@code index}, lower-cased (the server folds words; a quoted name that differs only in case from a
     * refused one is refused too, erring on the safe side); a {@code U&"…"} name with its {@code UESCAPE 'c'}.
     */
    private static Name name(List<SqlToken> tokens, int index) {
        SqlToken token = tokens.get(index);
        String text = token.text();
        if (token.kind() == SqlToken.Kind.WORD) {
            return new Name(text.toLowerCase(Locale.ROOT), index + 1);
        }
        if (token.kind() != SqlToken.Kind.QUOTED_IDENTIFIER || !token.terminated()) {
            return new Name("", index + 1);
        }
        if (text.startsWith("\"")) {
            return new Name(text.substring(1, text.length() - 1).replace("\"\"", "\"").toLowerCase(Locale.ROOT), index + 1);
        }
        if (index + 2 < tokens.size() && tokens.get(index + 1).isWord("uescape")) {
            String escape = tokens.get(index + 2).text();
            boolean plain = tokens.get(index + 2).kind() == SqlToken.Kind.STRING && escape.length() == 3;
            return new Name(plain ? unicode(text, escape.charAt(1)) : "", index + 3);
        }
        return new Name(unicode(text, '\\'), index + 1);
    }

    /** {@code U&"…"} decoded: {@code \XXXX}, {@code \+XXXXXX} and a doubled escape character, as the server reads it. */
    private static String unicode(String token, char escape) {
        String body = token.substring(3, token.length() - 1).replace("\"\"", "\"");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != escape) {
                name.append(c);
            } else if (i + 1 < body.length() && body.charAt(i + 1) == escape) {
                name.append(escape);
                i++;
            } else {
                boolean wide = i + 1 < body.length() && body.charAt(i + 1) == '+';
                int start = i + (wide ? 2 : 1);
                int end = start + (wide ? 6 : 4);
                if (end > body.length()) {
                    return "";
                }
                try {
                    name.appendCodePoint(Integer.parseInt(body.substring(start, end), 16));
                } catch (IllegalArgumentException malformed) {
                    return "";  // the server refuses it too
                }
                i = end - 1;
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }
}
