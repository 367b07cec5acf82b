package com.vayyari.wadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the code's shape, read from the sources as text: packages depend on each other without a
 * cycle, process facts are read only where a call's {@code Invocation} is built, and no file is long.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path TEST = Path.of("src", "test", "java");
    private static final int MAX_LINES = 400;

    /** A reference to a class of ours: the package is everything before the first capitalised name. */
    private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.vayyari\\.wadb((?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /**
     * What only {@code Main} (for its own process) and {@code warm/} (for a relayed call) may ask: anywhere else
     * it answers for the JVM, which under the warm start is not the caller's process.
     */
    private static final List<String> PROCESS_FACTS = List.of("System.getenv", "System.console", "System.getProperties",
            "ZoneId.systemDefault", "TimeZone.getDefault", "Clock.systemDefaultZone", "Locale.getDefault",
            "\"user.home\"", "\"user.dir\"", "Path.of(\"\")", "Paths.get(\"\")");

    @Test
    void packagesDependOnEachOtherWithoutACycle() throws IOException {
        Map<String, Map<String, String>> graph = new TreeMap<>();  // package -> package it uses -> a file that does
        for (Path file : javaFiles(MAIN)) {
            String code = SourceText.withoutCommentsAndStrings(Files.readString(file));
            Matcher declared = PACKAGE.matcher(code);
            assertTrue(declared.find(), file + " declares no package");
            String from = declared.group(1);
            Matcher used = REFERENCE.matcher(code);
            while (used.find()) {
                String to = "com.vayyari.wadb" + used.group(1);
                if (!to.equals(from)) {
                    graph.computeIfAbsent(from, k -> new TreeMap<>()).putIfAbsent(to, MAIN.relativize(file).toString());
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (List<String> cycle : PackageCycles.of(graph)) {
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < cycle.size(); i++) {
                String from = cycle.get(i);
                String to = cycle.get((i + 1) % cycle.size());
                shown.append("\n  ").append(from).append(" -> ").append(to).append(" (").append(graph.get(from).get(to)).append(')');
            }
            cycles.add(shown.toString());
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    @Test
    void processFactsAreReadOnlyWhereAnInvocationIsBuilt() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            Path relative = MAIN.resolve("com/vayyari/wadb").relativize(file);
            if (relative.equals(Path.of("Main.java")) || relative.startsWith("warm")) {
                continue;
            }
            String code = SourceText.withoutComments(Files.readString(file));
            for (String fact : PROCESS_FACTS) {
                if (code.contains(fact)) {
                    offenders.add(relative + ": " + fact);
                }
            }
        }
        assertEquals(List.of(), offenders, "process facts read outside Main and warm/ (use session.invocation())");
    }

    @Test
    void noSourceFileIsLongerThan400Lines() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (Path root : List.of(MAIN, TEST)) {
            for (Path file : javaFiles(root)) {
                long lines;
                try (Stream<String> all = Files.lines(file)) {
                    lines = all.count();
                }
                if (lines > MAX_LINES) {
                    offenders.add(file + ": " + lines + " lines");
                }
            }
        }
        assertEquals(Set.of(), offenders, "files over " + MAX_LINES + " lines");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
