package com.vayyari.wadb.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;

/** Paths completing a partly typed one: the entries of its directory, relative to the working directory. */
final class FileCandidates {

    /** A directory this big is not worth listing whole while someone types. */
    private static final int MAX = 1000;

    private final Path workingDirectory;

    FileCandidates(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Entries of the directory part of {@code typed} whose names start with its last part; directories end in /. */
    List<Candidate> list(String typed) {
        int slash = typed.lastIndexOf('/');
        String directory = typed.substring(0, slash + 1);
        String start = typed.substring(slash + 1);
        Path dir = directory.isEmpty() ? workingDirectory : workingDirectory.resolve(directory);
        List<Candidate> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(start) || name.startsWith(".") && !start.startsWith(".")) {
                    continue;
                }
                boolean isDirectory = Files.isDirectory(entry);
                String value = directory + name + (isDirectory ? "/" : "");
                candidates.add(new Candidate(value, name + (isDirectory ? "/" : ""), "file", null, null, null,
                        !isDirectory));
                if (candidates.size() >= MAX) {
                    break;
                }
            }
        } catch (IOException | SecurityException e) {
            // No such directory, or not readable: nothing to offer.
        }
        return candidates;
    }
}
