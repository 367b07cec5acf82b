package com.vayyari.wadb.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Placeholder until the splitter lands: naive semicolons. */
public final class StatementSplitter {
    private final StringBuilder buffer = new StringBuilder();

    public List<Piece> feed(String line) {
        List<Piece> pieces = new ArrayList<>();
        if (line.startsWith("\\")) {
            String body = line.substring(1);
            int sp = body.indexOf(' ');
            pieces.add(new Piece.Meta(sp < 0 ? body : body.substring(0, sp), sp < 0 ? "" : body.substring(sp + 1)));
            return pieces;
        }
        for (char c : line.toCharArray()) {
            if (c == ';') {
                if (!buffer.toString().isBlank()) {
                    pieces.add(new Piece.Sql(buffer.toString().strip()));
                }
                buffer.setLength(0);
            } else {
                buffer.append(c);
            }
        }
        if (buffer.length() > 0) {
            buffer.append('\n');
        }
        return pieces;
    }

    public Optional<Piece> finish() {
        String rest = buffer.toString().strip();
        buffer.setLength(0);
        return rest.isEmpty() ? Optional.empty() : Optional.of(new Piece.Sql(rest));
    }

    public char promptState() {
        return '-';
    }

    public boolean incomplete() {
        return !buffer.toString().isBlank();
    }
}
