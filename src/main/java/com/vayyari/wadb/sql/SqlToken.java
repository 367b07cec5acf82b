package com.vayyari.wadb.sql;

/**
 * One token of SQL as psql's lexer cuts it: {@code text} is the input from {@code start} to {@code end}.
 * {@code terminated} is false for a quote, dollar quote or comment still open at the end of the input, and for a
 * {@code --} comment no line break has ended yet (more typing would still be comment).
 */
public record SqlToken(Kind kind, int start, int end, String text, boolean terminated) {

    /** What a token is; strings of every prefix are one kind, as are operators and other punctuation. */
    public enum Kind {
        WHITESPACE,
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, nested. */
        BLOCK_COMMENT,
        /** {@code '…'} and its prefixed forms {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'}, {@code N'…'}. */
        STRING,
        /** {@code "…"} and {@code U&"…"}. */
        QUOTED_IDENTIFIER,
        /** {@code $$…$$} and {@code $tag$…$tag$}. */
        DOLLAR_STRING,
        /** {@code $1}. */
        PARAMETER,
        /** psql's {@code :name}, {@code :'name'}, {@code :"name"} and {@code :{?name}}. */
        VARIABLE,
        /** {@code ::}. */
        CAST,
        NUMBER,
        /** An identifier or keyword; it may hold {@code $} after its first character ({@code a$b$c}). */
        WORD,
        /** Any other character, one per token: operators, parentheses, commas, a {@code $} or {@code :} alone. */
        OPERATOR,
        SEMICOLON,
        /** A backslash command with its arguments, as far as psql reads them, and a {@code \\} after them. */
        BACKSLASH_COMMAND,
        /** psql's {@code \;} and {@code \:}: a bare semicolon or colon that ends nothing and starts nothing. */
        BACKSLASH_ESCAPE
    }

    /** True for the one-character operator or the semicolon {@code text}. */
    public boolean is(String punctuation) {
        return (kind == Kind.OPERATOR || kind == Kind.SEMICOLON || kind == Kind.CAST) && text.equals(punctuation);
    }

    /** True for the word {@code word}, ignoring ASCII case as the server does for keywords. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && SqlChars.isKeyword(text, word.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** Quoted text the server takes as a value: any single-quoted or dollar-quoted string. */
    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.DOLLAR_STRING;
    }

    /** False for whitespace and comments, which separate tokens and mean nothing else. */
    public boolean significant() {
        return kind != Kind.WHITESPACE && !isComment();
    }
}
