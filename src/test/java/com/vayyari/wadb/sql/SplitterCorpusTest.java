package com.vayyari.wadb.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole scripts of the kind people run: function bodies, strings, comments, psql commands, CRLF files. */
class SplitterCorpusTest {

    static Stream<Corpus> corpus() {
        return Corpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void splitsAsExpected(Corpus corpus) {
        List<String> actual = Scripts.split(corpus.text()).stream().map(Scripts::render).toList();
        assertEquals(String.join("\n", corpus.expected()), String.join("\n", actual));
    }
}
