package com.vayyari.wadb.sql;

import java.util.List;

/** Placeholder until the splitter lands. */
public sealed interface Piece {
    record Sql(String text) implements Piece {
    }

    record Meta(String command, String argsRaw) implements Piece {
        public List<String> args() {
            return argsRaw.isBlank() ? List.of() : List.of(argsRaw.trim().split("\\s+"));
        }
    }
}
