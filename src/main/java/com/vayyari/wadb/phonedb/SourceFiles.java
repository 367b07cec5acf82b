package com.vayyari.wadb.phonedb;

import com.vayyari.wadb.importer.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what a file given to {@code wadb import} is before anything opens it as a database: an SQLite file
 * (the phone's database, decrypted), a WhatsApp backup that is still encrypted, or something else.
 */
public final class SourceFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CRYPT = Pattern.compile(".*\\.crypt(\\d+)$");

    private SourceFiles() {
    }

    /** Whether {@code file} should go to this package rather than the text-export importer. */
    public static boolean isPhoneDatabase(Path file, String format) throws IOException {
        if (format != null) {
            return true;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return CRYPT.matcher(name).matches() || name.endsWith(".db") || name.endsWith(".sqlite")
                || hasSqliteHeader(file);
    }

    /** Refuses, in one line, a file that is not a decrypted SQLite database. */
    static void requireSqlite(Path file) throws IOException {
        if (hasSqliteHeader(file)) {
            return;
        }
        var crypt = CRYPT.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT));
        String which = crypt.matches() ? "a .crypt" + crypt.group(1) + " backup" : "not an SQLite database";
        throw new ImportException(file.getFileName() + " is still encrypted or is " + which
                + ": decrypt it first (it needs the key file from the phone, /data/data/com.whatsapp/files/key,"
                + " or the 64-digit end-to-end backup key for .crypt15), then import the msgstore.db it gives");
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }
}
