package com.vayyari.wadb.sql;

import com.vayyari.wadb.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Cuts text into every token it holds, with positions: for highlighting, completion, placeholders and the checks
 * that read a statement. It reads line by line through the splitter's own {@link SqlScanner}, so a quote, comment
 * or backslash command ends here exactly where the splitter ends it; a quote or comment running over lines is one
 * token, the line breaks in it included. Text may stop anywhere: what is open at the end is one last token, not
 * terminated. Unlike the splitter it drops nothing (no trailing CR, no byte-order mark). Tokens come lazily, so a
 * caller after the first few words of a long statement reads no more of it.
 */
public final class SqlTokenizer implements Iterator<SqlToken> {

    /** A token or the part of one on a line; {@code closed} when no quote or comment is open after it. */
    private record Piece(Kind kind, int start, int end, boolean closed) {
    }

    private final String text;
    private final SqlScanner scanner = new SqlScanner();
    private String line;
    private int lineStart;
    private int pos;
    private Kind lastKind;
    private Piece lookahead;

    private SqlTokenizer(String text) {
        this.text = text;
        startLine(0);
        lookahead = nextPiece();
    }

    /** All the tokens of {@code text}, in order; their texts joined are {@code text}. */
    public static List<SqlToken> tokens(String text) {
        List<SqlToken> tokens = new ArrayList<>();
        lazily(text).forEach(tokens::add);
        return tokens;
    }

    /** The tokens of {@code text}, each scanned only when asked for. */
    public static Iterable<SqlToken> lazily(String text) {
        return () -> new SqlTokenizer(text);
    }

    @Override
    public boolean hasNext() {
        return lookahead != null;
    }

    /** The next token: pieces of one quote or comment over several lines, and runs of whitespace, joined. */
    @Override
    public SqlToken next() {
        if (lookahead == null) {
            throw new NoSuchElementException();
        }
        Piece first = lookahead;
        Piece last = first;
        lookahead = nextPiece();
        while (lookahead != null && continues(last, lookahead)) {
            last = lookahead;
            lookahead = nextPiece();
        }
        boolean terminated = last.closed && (first.kind != Kind.LINE_COMMENT || last.end < text.length());
        return new SqlToken(first.kind, first.start, last.end, text.substring(first.start, last.end), terminated);
    }

    private static boolean continues(Piece previous, Piece next) {
        return !previous.closed || (previous.kind == Kind.WHITESPACE && next.kind == Kind.WHITESPACE);
    }

    /** The next piece, or null at the end of the text. */
    private Piece nextPiece() {
        if (line == null) {
            return null;
        }
        if (pos < line.length()) {
            int end = scanner.next(line, pos);
            lastKind = scanner.kind();
            Piece piece = new Piece(lastKind, lineStart + pos, lineStart + end, !scanner.inQuote());
            pos = end;
            return piece;
        }
        int newline = lineStart + line.length();
        if (newline >= text.length()) {
            line = null;
            return null;
        }
        // The line break belongs to the quote or comment left open, else it is whitespace.
        Piece lineBreak = new Piece(scanner.inQuote() ? lastKind : Kind.WHITESPACE, newline, newline + 1,
                !scanner.inQuote());
        startLine(newline + 1);
        return lineBreak;
    }

    private void startLine(int start) {
        int newline = text.indexOf('\n', start);
        lineStart = start;
        line = text.substring(start, newline < 0 ? text.length() : newline);
        pos = 0;
    }
}
