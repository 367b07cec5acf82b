package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: run a whole script through a splitter, and write pieces one to a line for corpus files. */
final class Scripts {

    private Scripts() {
    }

    /** Every piece of {@code script}, fed as a file is (a final line break ends the last line), then finished. */
    static List<Piece> split(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<Piece> pieces = new ArrayList<>(splitter.feed(script));
        splitter.finish().ifPresent(pieces::add);
        return pieces;
    }

    static Piece.Sql sql(String text) {
        return new Piece.Sql(text, true);
    }

    static Piece.Sql unterminated(String text) {
        return new Piece.Sql(text, false);
    }

    static Piece.Meta meta(String command, String argsRaw, String query) {
        return new Piece.Meta(command, argsRaw, query);
    }

    /**
     * One line per piece, whitespace made visible so no editor can change it: {@code sql;|text|} (ended by a
     * semicolon), {@code sql|text|} (end of input) or {@code \command|args|query|}.
     */
    static String render(Piece piece) {
        if (piece instanceof Piece.Sql sql) {
            return (sql.terminated() ? "sql;|" : "sql|") + escape(sql.text()) + "|";
        }
        Piece.Meta meta = (Piece.Meta) piece;
        return "\\" + escape(meta.command()) + "|" + escape(meta.argsRaw()) + "|" + escape(meta.query()) + "|";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '|' -> out.append("\\|");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ' || c == '\u007f') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
