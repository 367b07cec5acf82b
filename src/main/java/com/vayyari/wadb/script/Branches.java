package com.vayyari.wadb.script;

import com.vayyari.wadb.meta.Intent;
import com.vayyari.wadb.sql.Piece;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code \if}, {@code \elif}, {@code \else}, {@code \endif}: the commands that run even inside a branch not taken,
 * because they decide where it ends. An expression is read (variables, backquotes) only where a branch could be
 * taken; psql does the same, so a backquoted command in a skipped {@code \elif} never runs.
 */
final class Branches {

    private Branches() {
    }

    static boolean isBranch(String command) {
        return switch (command) {
            case "if", "elif", "else", "endif" -> true;
            default -> false;
        };
    }

    /**
     * Moves the stack on for {@code command}; {@code evaluate} reads its expression (the meta-command's
     * {@link Intent.Condition}) and {@code warn} hears psql's complaint about one that is not a boolean.
     */
    static void apply(Piece.Meta command, Conditionals conditions, Supplier<Intent> evaluate, Consumer<String> warn) {
        Conditionals.Expression expression = () -> {
            Intent.Condition condition = (Intent.Condition) evaluate.get();
            condition.problem().ifPresent(warn);
            return condition.value();
        };
        switch (command.command()) {
            case "if" -> conditions.ifBranch(expression);
            case "elif" -> conditions.elif(expression);
            case "else" -> conditions.elseBranch();
            default -> conditions.endif();
        }
    }
}
