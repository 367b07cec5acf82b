package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.sql.SqlToken.Kind;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;

/**
 * The guard for {@code export --query}, whose text is wrapped as {@code COPY (text) TO STDOUT}: it must be one
 * statement whose parentheses balance, so it can neither end the COPY early nor add statements after it. It reads
 * the splitter's tokens, so quotes, dollar quotes and comments end where psql ends them; a backslash outside them
 * (psql's {@code \;} or {@code \g}) is refused, being no SQL.
 */
final class SingleStatement {

    private SingleStatement() {
    }

    /** {@code sql} without trailing semicolons, or a usage error saying why it is not one statement. */
    static String of(String sql) {
        int depth = 0;
        int end = -1;
        boolean code = false;
        for (SqlToken token : SqlTokenizer.tokens(sql)) {
            if (end >= 0 && token.significant() && token.kind() != Kind.SEMICOLON) {
                throw refuse(sql, "it holds more than one statement");
            }
            if (!token.terminated() && token.kind() != Kind.LINE_COMMENT) {
                throw refuse(sql, unclosed(token.kind()));
            }
            if (token.kind() == Kind.BACKSLASH_COMMAND || token.kind() == Kind.BACKSLASH_ESCAPE) {
                throw refuse(sql, "a backslash outside quotes is psql syntax, not SQL");
            }
            depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
            if (depth < 0) {
                throw refuse(sql, "it has a ')' without its '('");
            }
            if (token.kind() == Kind.SEMICOLON && end < 0) {
                end = token.start();
            }
            code |= end < 0 && token.significant();
        }
        if (depth != 0) {
            throw refuse(sql, "a '(' is not closed");
        }
        // Comments alone are no statement: psql would send nothing.
        if (!code) {
            throw refuse(sql, "it is empty");
        }
        return (end < 0 ? sql : sql.substring(0, end)).strip();
    }

    private static String unclosed(Kind kind) {
        return switch (kind) {
            case DOLLAR_STRING -> "a dollar quote is not closed";
            case BLOCK_COMMENT -> "a /* comment is not closed";
            default -> "a quote is not closed";
        };
    }

    private static WadbException refuse(String sql, String why) {
        return WadbException.usage("--query must be one SQL statement, and " + why + ": " + Arguments.show(sql));
    }
}
