package com.vayyari.wadb.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The buffer as completion sees it: the word being completed is exactly what {@link Suggest} found, so JLine
 * replaces that and nothing else. On a command line the word is matched without its opening quote and a chosen
 * name is quoted back ({@code Fam} completes to {@code 'Family Group'}); SQL names arrive quoted already.
 *
 * <p>Positions given to it are Java string indices; those it gives JLine count code points, as JLine's buffer
 * does, so an emoji typed earlier (two chars, one code point) does not make JLine erase a char too many.
 */
final class CompletionLine implements CompletingParsedLine {

    private final String line;
    private final int cursor;
    private final Suggest.Result result;
    private final String rawWord;
    /** True once the completer finds the typed word stands for other text (a shared chat name for its JIDs). */
    private boolean replaced;

    CompletionLine(String line, int cursor, Suggest.Result result) {
        this.line = line;
        this.cursor = cursor;
        this.result = result;
        this.rawWord = line.substring(result.wordStart(), cursor);
    }

    Suggest.Result result() {
        return result;
    }

    /**
     * The typed word is to be replaced by candidates that do not start with it: JLine then matches them all
     * against an empty word and puts their common part where the typed word was.
     */
    void replaceTypedWord() {
        replaced = true;
    }

    @Override
    public String word() {
        if (replaced) {
            return "";
        }
        return result.commandLine() ? ShellQuote.unquote(rawWord) : rawWord;
    }

    @Override
    public int wordCursor() {
        return word().length();
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(word());
    }

    @Override
    public String line() {
        return line;
    }

    @Override
    public int cursor() {
        return line.codePointCount(0, cursor);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        if (!result.commandLine()) {
            return candidate;
        }
        return ShellQuote.quote(candidate.toString(), ShellQuote.openQuote(rawWord), complete);
    }

    @Override
    public int rawWordCursor() {
        return rawWord.codePointCount(0, rawWord.length());
    }

    @Override
    public int rawWordLength() {
        return rawWordCursor();
    }
}
