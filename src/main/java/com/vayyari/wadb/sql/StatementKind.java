package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement does, read from its tokens (so words in strings, quoted names and comments count for nothing):
 * what decides where it may run (a standby answers only ROWS) and whether its rows are fetched in batches.
 */
public enum StatementKind {
    /** A query that only reads: any server can answer it. */
    ROWS,
    /** Changes rows or sequences, or a query that may (SELECT … INTO, FOR UPDATE, nextval(), WITH … INSERT). */
    WRITE,
    /** Changes the schema or privileges. */
    DDL,
    /** Starts or ends a transaction or savepoint. */
    TRANSACTION,
    /** Anything else: SET, FETCH from a cursor, VACUUM, LISTEN … */
    OTHER;

    /** First words of statements that return rows; {@code FETCH} reads a cursor, which lives on its connection. */
    private static final Set<String> QUERIES = Set.of("SELECT", "WITH", "VALUES", "TABLE", "SHOW", "EXPLAIN");
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "TRUNCATE");
    private static final Set<String> DDLS = Set.of("CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE",
            "REINDEX", "CLUSTER", "REFRESH", "SECURITY");
    private static final Set<String> TRANSACTIONS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "SAVEPOINT", "RELEASE");
    /** Words that make a query write: it inserts, locks rows, moves a sequence or runs (EXPLAIN ANALYZE). */
    private static final Set<String> WRITING_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "INTO", "NEXTVAL",
            "SETVAL", "ANALYZE");

    public static StatementKind of(String sql) {
        List<String> words = words(sql);
        String first = words.isEmpty() ? "" : words.get(0);
        if (QUERIES.contains(first)) {
            return writes(words) ? WRITE : ROWS;
        }
        if (WRITES.contains(first)) {
            return WRITE;
        }
        if (DDLS.contains(first)) {
            return DDL;
        }
        return TRANSACTIONS.contains(first) ? TRANSACTION : OTHER;
    }

    /**
     * True when the statement starts like one that returns rows ({@code FETCH} too), whether or not it also
     * writes: pgjdbc fetches those in batches only inside a transaction.
     */
    public static boolean returnsRows(String sql) {
        String first = CommandTag.firstWord(sql);
        return QUERIES.contains(first) || first.equals("FETCH");
    }

    /** {@code FOR SHARE} and {@code FOR KEY SHARE} lock rows; the other locking clauses say UPDATE. */
    private static boolean writes(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean share = word.equals("SHARE") && i > 0
                    && (words.get(i - 1).equals("FOR") || words.get(i - 1).equals("KEY"));
            if (WRITING_WORDS.contains(word) || share) {
                return true;
            }
        }
        return false;
    }

    /** The statement's words, upper-cased; other tokens are left out. */
    private static List<String> words(String sql) {
        List<String> words = new ArrayList<>();
        for (SqlToken token : SqlTokenizer.lazily(sql)) {
            if (token.kind() == SqlToken.Kind.WORD) {
                words.add(token.text().toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
