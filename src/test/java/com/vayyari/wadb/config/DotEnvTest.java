package com.vayyari.wadb.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .env} lines as people write them; a quoted value with a comment after it was taken with its quotes. */
class DotEnvTest {

    @TempDir
    Path dir;

    private Map<String, String> read(String text) throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, text);
        return DotEnv.read(file);
    }

    @Test
    void aQuotedValueMayHaveACommentAfterIt() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("VAYYARI_WA_DB_CONNECTION_STRING", "postgresql://u:p@db:5432/wa");
        expected.put("SINGLE", "a # not a comment");
        expected.put("TIGHT", "x");
        expected.put("ESCAPED", "say \\\"hi\\\"");
        assertEquals(expected, read("""
                VAYYARI_WA_DB_CONNECTION_STRING="postgresql://u:p@db:5432/wa"   # the demo database
                SINGLE='a # not a comment' # but this is
                export TIGHT="x"#no space
                ESCAPED="say \\"hi\\"" # quotes inside
                """));
    }

    @Test
    void plainValuesAreAsBefore() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("A", "1");
        expected.put("B", "two words");
        expected.put("C", "a#b");
        expected.put("D", "quoted");
        expected.put("E", "'half");
        assertEquals(expected, read("""
                # a comment
                A=1 # one
                B=two words
                C=a#b
                D='quoted'
                E='half
                """));
    }
}
