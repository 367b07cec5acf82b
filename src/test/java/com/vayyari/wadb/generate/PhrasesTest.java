package com.vayyari.wadb.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vocabulary keeps the promise the word frequencies rest on, and texts repeat with the seed. */
class PhrasesTest {

    private static final Set<String> KEYWORDS = Phrases.TOPICS.stream().map(Phrases.Topic::keyword)
            .filter(k -> k != null).collect(Collectors.toSet());

    /** Words as PostgreSQL's 'simple' configuration sees them, near enough: lower-cased letter runs. */
    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).collect(Collectors.toSet());
    }

    @Test
    void sharesAddUpToAllTextMessages() {
        assertEquals(100.0, Phrases.TOPICS.stream().mapToDouble(Phrases.Topic::share).sum(), 1e-9);
        assertEquals(6, KEYWORDS.stream().filter(k -> TextComposer.keywordShare(k) >= 1).count());
        assertEquals(0.0, TextComposer.keywordShare("saree"));
    }

    @Test
    void everyKeywordTemplateHasItsKeywordAndNoOther() {
        for (Phrases.Topic topic : Phrases.TOPICS) {
            for (String template : topic.templates()) {
                Set<String> found = words(template);
                found.retainAll(KEYWORDS);
                assertEquals(topic.keyword() == null ? Set.of() : Set.of(topic.keyword()), found, template);
            }
        }
    }

    @Test
    void captionsAndSlotValuesHaveNoKeyword() {
        List<String> others = new ArrayList<>();
        Stream.of(Phrases.CAPTIONS, Phrases.TIMES, Phrases.DAYS, Phrases.PLACES, Phrases.FIRST_NAMES, Phrases.COLORS,
                Phrases.EMOJI).forEach(others::addAll);
        for (String text : others) {
            Set<String> found = words(text);
            found.retainAll(KEYWORDS);
            assertEquals(Set.of(), found, text);
        }
    }

    @Test
    void theSameSeedComposesTheSameTexts() {
        TextComposer composer = new TextComposer();
        SplittableRandom a = new SplittableRandom(1);
        SplittableRandom b = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(composer.message(a), composer.message(b));
        }
        long emojiOnly = Stream.generate(() -> composer.message(a)).limit(10_000)
                .filter(t -> t.codePoints().allMatch(TextComposer::isEmoji)).count();
        assertTrue(emojiOnly > 500 && emojiOnly < 900, "about 7 % emoji-only: " + emojiOnly);
    }
}
