package com.vayyari.wadb.importer;

import com.vayyari.wadb.output.FileModes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zipped export: the chat text ({@code _chat.txt} on iOS, {@code WhatsApp Chat with … .txt} on Android)
 * and the media files beside it, which are extracted flat into one directory.
 */
final class ZipExport implements Closeable {

    private final Path file;
    private final ZipFile zip;
    private final ZipEntry chat;
    /** Files this import wrote, and the media directory if it made it: what a failed import takes back. */
    private final List<Path> extracted = new ArrayList<>();
    private Path createdDir;

    ZipExport(Path file) {
        this.file = file;
        try {
            this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + " is not a readable zip archive (truncated or damaged?): "
                    + e.getMessage(), e);
        }
        this.chat = findChat();
    }

    private ZipEntry findChat() {
        List<ZipEntry> texts = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = baseName(entry);
            if (!entry.isDirectory() && name.endsWith(".txt") && !entry.getName().startsWith("__MACOSX/")) {
                if (isChatTextName(name)) {
                    return entry;
                }
                texts.add(entry);
            }
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        close();
        throw new ImportException(file.getFileName() + " holds no chat text (_chat.txt or 'WhatsApp Chat with … .txt')");
    }

    /** The chat text's entry name, e.g. {@code WhatsApp Chat with Alice.txt}. */
    String chatEntryName() {
        return baseName(chat);
    }

    ExportSource text() {
        return ExportSource.of(file.getFileName() + "!" + chat.getName(), () -> zip.getInputStream(chat));
    }

    /** A name WhatsApp gives the chat text: {@code _chat.txt} (iOS) or {@code WhatsApp Chat with … .txt} (Android). */
    private static boolean isChatTextName(String name) {
        return name.endsWith(".txt") && (name.equals("_chat.txt") || name.startsWith("WhatsApp Chat"));
    }

    /**
     * The media files, extracted into {@code dir} unless {@code dryRun} (then only listed). A file already
     * there with the same size is kept, so importing the zip again rewrites nothing. The chat text is never
     * among them, nor a second copy of it in another folder of the zip: the media directory may be shared or
     * served, and the text is the whole conversation. Entries are compared by name, since {@link ZipFile#entries()}
     * makes new {@link ZipEntry} objects on every call and ZipEntry has no equals of its own.
     */
    MediaLibrary media(Path dir, String urlPrefix, boolean dryRun, FileModes modes) {
        Map<String, MediaLibrary.MediaFile> files = new HashMap<>();
        Path absoluteDir = dir.toAbsolutePath().normalize();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = baseName(entry);
            if (entry.isDirectory() || entry.getName().equals(chat.getName()) || isChatTextName(name)
                    || name.isEmpty() || name.startsWith(".")
                    || entry.getName().startsWith("__MACOSX/")) {
                continue;
            }
            Path target = absoluteDir.resolve(name);
            long size = dryRun ? entry.getSize() : extract(entry, target, modes);
            String url = urlPrefix == null ? target.toUri().toString() : join(urlPrefix, name);
            files.put(name, new MediaLibrary.MediaFile(url, size, MediaTypes.mimeType(name)));
        }
        return files::get;
    }

    private long extract(ZipEntry entry, Path target, FileModes modes) {
        try {
            if (!Files.isDirectory(target.getParent())) {
                modes.createDirectories(target.getParent());
                createdDir = target.getParent();
            }
            boolean existed = Files.exists(target);
            if (existed && Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                return entry.getSize();
            }
            if (!existed) {
                extracted.add(target);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            modes.applyToFile(target);
            return Files.size(target);
        } catch (IOException e) {
            throw new ImportException("cannot extract " + entry.getName() + " from " + file.getFileName() + " to "
                    + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the files {@link #media} wrote that were not there before, and the media directory if it made it
     * and nothing else is in it. A file it replaced (same name, other size) cannot be given back and stays.
     */
    void discardExtracted() {
        try {
            for (Path written : extracted) {
                Files.deleteIfExists(written);
            }
            extracted.clear();
            if (createdDir != null) {
                try (var left = Files.list(createdDir)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(createdDir);
                    }
                }
            }
        } catch (IOException e) {
            // Best effort on the way out of a failed import: the import's own error is the one to report.
        }
    }

    /** The entry's file name without folders: entries never choose where they land (no "../" escapes). */
    private static String baseName(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String join(String prefix, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return prefix.endsWith("/") ? prefix + encoded : prefix + "/" + encoded;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Opened read-only: nothing to lose on a failed close.
        }
    }
}
