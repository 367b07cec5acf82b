package com.vayyari.wadb.repl;

import com.vayyari.wadb.command.Commands;
import com.vayyari.wadb.sql.SqlToken;
import com.vayyari.wadb.sql.SqlTokenizer;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the buffer as it is typed: SQL keywords, strings, numbers, comments, parameters and backslash commands;
 * on a domain command line the command and its options. Plain text when colour is off ({@code --no-color},
 * {@code NO_COLOR}, output not a terminal).
 */
final class SqlHighlighter implements Highlighter {

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    private static final AttributedStyle PARAMETER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle META = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    private static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final boolean color;

    SqlHighlighter(boolean color) {
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return color ? highlight(buffer) : new AttributedString(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length() + 32);
        if (Commands.isCommandLine(buffer.lines().findFirst().orElse(""))) {
            commandLine(buffer, out);
        } else {
            for (SqlToken token : SqlTokenizer.tokens(buffer)) {
                out.style(sqlStyle(token)).append(token.text());
            }
        }
        return out.toAttributedString();
    }

    private static AttributedStyle sqlStyle(SqlToken token) {
        return switch (token.kind()) {
            case WORD -> SqlKeywords.contains(token.text()) ? KEYWORD : AttributedStyle.DEFAULT;
            case STRING, DOLLAR_STRING -> STRING;
            case NUMBER -> NUMBER;
            case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
            case PARAMETER, VARIABLE -> PARAMETER;
            case BACKSLASH_COMMAND -> META;
            default -> AttributedStyle.DEFAULT;
        };
    }

    /** A command line, word by word: the command like a keyword, then options, quoted words and numbers. */
    private static void commandLine(String line, AttributedStringBuilder out) {
        int i = 0;
        boolean first = true;
        while (i < line.length()) {
            int start = i;
            if (Character.isWhitespace(line.charAt(i))) {
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                out.style(AttributedStyle.DEFAULT).append(line, start, i);
                continue;
            }
            char quote = 0;
            while (i < line.length() && (quote != 0 || !Character.isWhitespace(line.charAt(i)))) {
                char c = line.charAt(i++);
                quote = quote == 0 && (c == '\'' || c == '"') ? c : quote == c ? 0 : quote;
            }
            String word = line.substring(start, i);
            out.style(first ? KEYWORD : wordStyle(word)).append(word);
            first = false;
        }
    }

    private static AttributedStyle wordStyle(String word) {
        if (word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1))) {
            return OPTION;
        }
        if (word.startsWith("'") || word.startsWith("\"")) {
            return STRING;
        }
        return word.chars().allMatch(Character::isDigit) ? NUMBER : AttributedStyle.DEFAULT;
    }
}
