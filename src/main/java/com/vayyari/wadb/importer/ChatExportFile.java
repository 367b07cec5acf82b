package com.vayyari.wadb.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat export as the user hands it over: the {@code .txt} file, or the {@code .zip} WhatsApp makes when
 * media are included (told by its first bytes, whatever its name).
 */
public final class ChatExportFile implements Closeable {

    private static final Pattern CHAT_WITH = Pattern.compile("^WhatsApp Chat (?:with|-) (.+?)(?:\\.txt|\\.zip)?$");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final ZipExport zip;

    private ChatExportFile(Path file, ZipExport zip) {
        this.file = file;
        this.zip = zip;
    }

    /** @throws ImportException when the file is missing or a damaged zip */
    public static ChatExportFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("no such file: " + file);
        }
        boolean zipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") || startsWithZipMagic(file);
        return new ChatExportFile(file, zipped ? new ZipExport(file) : null);
    }

    public boolean isZip() {
        return zip != null;
    }

    /** The chat text, read twice by the parser. */
    public ExportSource text() {
        return zip == null ? ExportSource.file(file) : zip.text();
    }

    /** The chat's name as WhatsApp wrote it into the file name ({@code WhatsApp Chat with Alice.txt}), or null. */
    public String chatNameHint() {
        Matcher m = CHAT_WITH.matcher(zip == null ? file.getFileName().toString() : zip.chatEntryName());
        if (!m.matches() && zip != null) {
            m = CHAT_WITH.matcher(file.getFileName().toString());
        }
        return m.matches() ? m.group(1) : null;
    }

    /** The export's media: none for a {@code .txt}; a zip's, extracted as the options say. */
    public MediaLibrary media(ImportOptions options) {
        if (zip == null) {
            return MediaLibrary.NONE;
        }
        Path dir = options.mediaDir() != null ? options.mediaDir() : defaultMediaDir();
        return zip.media(dir, options.mediaUrlPrefix(), options.dryRun(), options.modes());
    }

    /** Removes what {@link #media} extracted into the media directory (files it found there already stay). */
    public void discardExtracted() {
        if (zip != null) {
            zip.discardExtracted();
        }
    }

    private Path defaultMediaDir() {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return file.toAbsolutePath().resolveSibling(base + "_media");
    }

    private static boolean startsWithZipMagic(Path file) {
        byte[] head = new byte[ZIP_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (zip != null) {
            zip.close();
        }
    }
}
