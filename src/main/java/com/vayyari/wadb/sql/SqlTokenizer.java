package com.vayyari.wadb.sql;

import com.vayyari.wadb.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into every token it holds, with positions: for highlighting, completion, placeholders and the checks
 * that read a statement. It reads line by line through the splitter's own {@link SqlScanner}, so a quote, comment
 * or backslash command ends here exactly where the splitter ends it; a quote or comment running over lines is one
 * token, the line breaks in it included. Text may stop anywhere: what is open at the end is one last token, not
 * terminated. Unlike the splitter it drops nothing (no trailing CR, no byte-order mark).
 */
public final class SqlTokenizer {

    private SqlTokenizer() {
    }

    public static List<SqlToken> tokens(String text) {
        SqlScanner scanner = new SqlScanner();
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            for (int pos = 0; pos < line.length(); ) {
                int end = scanner.next(line, pos);
                pieces.add(new Piece(scanner.kind(), lineStart + pos, lineStart + end, !scanner.inQuote()));
                pos = end;
            }
            if (newline < 0) {
                break;
            }
            // The line break belongs to the quote or comment left open, else it is whitespace.
            Kind kind = scanner.inQuote() ? pieces.get(pieces.size() - 1).kind : Kind.WHITESPACE;
            pieces.add(new Piece(kind, newline, newline + 1, !scanner.inQuote()));
            lineStart = newline + 1;
        }
        return joined(text, pieces);
    }

    /** A token or the part of one on a line; {@code closed} when no quote or comment is open after it. */
    private record Piece(Kind kind, int start, int end, boolean closed) {
    }

    /** Pieces of one quote or comment, and runs of whitespace, made single tokens. */
    private static List<SqlToken> joined(String text, List<Piece> pieces) {
        List<SqlToken> tokens = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            Piece last = first;
            while (i + 1 < pieces.size() && continues(last, pieces.get(i + 1))) {
                last = pieces.get(++i);
            }
            i++;
            boolean terminated = last.closed
                    && (first.kind != Kind.LINE_COMMENT || last.end < text.length());
            tokens.add(new SqlToken(first.kind, first.start, last.end, text.substring(first.start, last.end),
                    terminated));
        }
        return tokens;
    }

    private static boolean continues(Piece previous, Piece next) {
        return !previous.closed || (previous.kind == Kind.WHITESPACE && next.kind == Kind.WHITESPACE);
    }
}
