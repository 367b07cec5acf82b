package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command-completion tag psql prints ({@code INSERT 0 3}, {@code CREATE TABLE}, ...). The JDBC API only
 * gives an update count (pgjdbc issue #1368), so the tag is rebuilt from the statement's leading words the
 * way the server names its commands (utility.c CreateCommandTag), plus that count.
 */
public final class CommandTag {

    private static final Set<String> COUNTED = Set.of("UPDATE", "DELETE", "MERGE", "COPY", "FETCH", "MOVE", "SELECT");
    /** Words between CREATE/ALTER/DROP and the object type that the server leaves out of the tag. */
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED",
            "GLOBAL", "LOCAL", "RECURSIVE", "TRUSTED", "PROCEDURAL", "DEFAULT", "CONSTRAINT", "IF", "NOT", "EXISTS");
    /** Object types named by two or three words. */
    private static final Set<String> TWO_WORD_TYPES = Set.of("FOREIGN TABLE", "MATERIALIZED VIEW", "EVENT TRIGGER",
            "USER MAPPING", "OPERATOR CLASS", "OPERATOR FAMILY", "ACCESS METHOD", "DEFAULT PRIVILEGES",
            "TEXT SEARCH", "FOREIGN DATA", "LARGE OBJECT");

    /** CREATE TABLE ... AS and CREATE MATERIALIZED VIEW ... AS complete as "SELECT n". */
    private static final Pattern CREATE_TABLE_AS = Pattern.compile("(?is)\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?"
            + "(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?(?:TABLE|MATERIALIZED\\s+VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(?:\"[^\"]*\"|[\\w.$])+\\s*(?:\\([^()]*\\))?\\s*(?:USING\\s+\\w+\\s*)?"
            + "(?:WITH\\s*\\([^()]*\\)\\s*)?(?:TABLESPACE\\s+\\w+\\s*)?AS\\b");

    private CommandTag() {
    }

    /** The tag for {@code sql}, which completed with {@code updateCount} rows affected. */
    public static String of(String sql, long updateCount) {
        List<String> words = leadingWords(sql, 5);
        if (words.isEmpty()) {
            return "";
        }
        String first = words.get(0);
        switch (first) {
            case "INSERT":
                return "INSERT 0 " + updateCount;
            case "CREATE":
                if (CREATE_TABLE_AS.matcher(sql).lookingAt()) {
                    return "SELECT " + updateCount;
                }
                return first + " " + objectType(words);
            case "ALTER":
            case "DROP":
                return first + " " + objectType(words);
            case "END":
                return "COMMIT";
            case "ABORT":
                return "ROLLBACK";
            case "START":
                return "START TRANSACTION";
            case "TRUNCATE":
                return "TRUNCATE TABLE";
            case "LOCK":
                return "LOCK TABLE";
            case "GRANT":
            case "REVOKE":
                return words.size() > 1 && words.contains("ROLE") ? first + " ROLE" : first;
            case "DISCARD":
                return words.size() > 1 ? "DISCARD " + words.get(1) : first;
            case "DEALLOCATE":
                return words.size() > 1 && words.get(1).equals("ALL") ? "DEALLOCATE ALL" : first;
            case "RELEASE":
                return "RELEASE";
            default:
                if (COUNTED.contains(first) || first.equals("WITH")) {
                    return (first.equals("WITH") ? "SELECT" : first) + " " + updateCount;
                }
                return first;
        }
    }

    private static String objectType(List<String> words) {
        int i = 1;
        while (i < words.size() && MODIFIERS.contains(words.get(i))) {
            i++;
        }
        if (i >= words.size()) {
            return "";
        }
        if (i + 1 < words.size() && TWO_WORD_TYPES.contains(words.get(i) + " " + words.get(i + 1))) {
            String two = words.get(i) + " " + words.get(i + 1);
            if ((two.equals("TEXT SEARCH") || two.equals("FOREIGN DATA")) && i + 2 < words.size()) {
                return two + " " + words.get(i + 2);
            }
            return two;
        }
        return words.get(i);
    }

    /** Up to {@code max} leading keywords, upper-cased, skipping comments and opening parentheses. */
    static List<String> leadingWords(String sql, int max) {
        List<String> words = new ArrayList<>();
        for (SqlToken token : SqlTokenizer.lazily(sql)) {
            if (words.size() >= max) {
                break;
            }
            if (token.kind() == SqlToken.Kind.WORD) {
                words.add(token.text().toUpperCase(Locale.ROOT));
            } else if (token.significant() && !token.is("(")) {
                break;
            }
        }
        return words;
    }

    /** The first keyword of {@code sql}, upper-cased, or "" if none. */
    public static String firstWord(String sql) {
        List<String> words = leadingWords(sql, 1);
        return words.isEmpty() ? "" : words.get(0);
    }
}
