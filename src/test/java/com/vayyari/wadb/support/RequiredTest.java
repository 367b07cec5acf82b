package com.vayyari.wadb.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** {@link Required}: a missing tool skips a test, or fails it where CI requires every test to run. */
class RequiredTest {

    @Test
    void aMissingToolSkipsUnlessAllIsRequired() {
        Required.that(true, "nothing", Map.of(Required.ALL, "1"));
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Required.that(false, "tmux is not installed", Map.of()));
        assertTrue(skipped.getMessage().contains("tmux is not installed"), skipped.getMessage());
        assertThrows(TestAbortedException.class, () -> Required.that(false, "tmux", Map.of(Required.ALL, "0")));
        AssertionError failed = assertThrows(AssertionError.class,
                () -> Required.that(false, "tmux is not installed", Map.of(Required.ALL, "1")));
        assertEquals("WADB_TEST_REQUIRE_ALL=1 and this test cannot run: tmux is not installed", failed.getMessage());
    }

    /**
     * No test skips but through {@link Required}: a new JUnit assumption, {@code @Disabled} or {@code @EnabledIf}
     * would skip in CI without a word. Reads the test sources, as the build leaves them in {@code src/test/java}.
     */
    @Test
    void everySkipGoesThroughRequired() throws IOException {
        List<String> skipping = List.of("Assumptions", "assumeTrue(", "assumeFalse(", "assumingThat(", "@Disabled",
                "@EnabledIf", "@DisabledIf", "@EnabledOn", "@DisabledOn", "TestAbortedException");
        Path self = Path.of("src/test/java/com/vayyari/wadb/support");
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<String> found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getParent().equals(self) || !f.getFileName().toString().startsWith("Required"))
                    .filter(f -> skipping.stream().anyMatch(read(f)::contains))
                    .map(Path::toString).toList();
            assertEquals(List.of(), found, "skip through support/Required, which CI turns into a failure");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
