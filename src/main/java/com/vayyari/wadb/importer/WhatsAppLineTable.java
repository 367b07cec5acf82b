package com.vayyari.wadb.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of {@code whatsapp-lines.tsv}: WhatsApp's own lines and attachment placeholders in each language,
 * checked as they are read so a bad row fails at start-up (and in the test that reads the table), never by
 * silently matching nothing.
 */
final class WhatsAppLineTable {

    static final String RESOURCE = "whatsapp-lines.tsv";

    /** How a row's text is matched; see the table's header. */
    enum Form {
        EQUALS, STARTS, ENDS, ATTACHED, TAG, REGEX
    }

    /** One row; {@code pattern} is set for {@link Form#REGEX} only. */
    record Row(String language, WhatsAppLineKind kind, Form form, String text, Pattern pattern, long line) {
    }

    private static final String FILE = "{file}";
    /** Tab-separated, no quoting: texts contain quotes and are never multi-line; spaces around a text count. */
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setQuote(null)
            .setCommentMarker('#')
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private WhatsAppLineTable() {
    }

    /** The table shipped in the jar. */
    static List<Row> load() {
        try (InputStream in = WhatsAppLineTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** @throws IllegalArgumentException naming the line of the first bad row */
    static List<Row> read(Reader table) throws IOException {
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byText = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(table).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                Row row = row(record);
                Row before = byText.putIfAbsent(row.form() + "\t" + row.text(), row);
                if (before != null) {
                    // Two rows for one text: which kind a line gets would depend on the order of the file.
                    throw new IllegalArgumentException(RESOURCE + " line " + row.line() + ": \"" + row.text()
                            + "\" is already on line " + before.line());
                }
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    private static Row row(CSVRecord record) {
        long line = record.getParser().getCurrentLineNumber();
        try {
            if (record.size() != 4) {
                throw new IllegalArgumentException("4 tab-separated columns expected, found " + record.size());
            }
            String language = language(record.get("lang"));
            WhatsAppLineKind kind = WhatsAppLineKind.of(record.get("kind"));
            Form form = Form.valueOf(record.get("form").toUpperCase(Locale.ROOT));
            String text = record.get("text");
            if (text.isBlank() || hasMarksOrOddSpaces(text) || form != Form.REGEX && !text.equals(text.strip())) {
                // Lines are compared with their marks removed and odd spaces made plain: such a text never matches.
                throw new IllegalArgumentException("text is blank, has spaces around it, or invisible marks or odd "
                        + "spaces (U+00A0, U+202F, U+2009) in it");
            }
            if ((form == Form.TAG) != text.contains(FILE)) {
                throw new IllegalArgumentException("{file} belongs in the text of a tag row, and only there");
            }
            boolean placeholderForm = form == Form.ENDS || form == Form.ATTACHED || form == Form.TAG;
            if (kind.isMedia() ? form == Form.REGEX || form == Form.EQUALS : placeholderForm) {
                throw new IllegalArgumentException(form.name().toLowerCase(Locale.ROOT) + " rows are for "
                        + (kind.isMedia() ? "WhatsApp's own lines" : "attachment placeholders") + " only");
            }
            Pattern pattern = form == Form.REGEX ? Pattern.compile(text) : null;
            return new Row(language, kind, form, text, pattern, line);
        } catch (IllegalArgumentException e) {
            String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
            throw new IllegalArgumentException(RESOURCE + " line " + line + ": " + why, e);
        }
    }

    private static boolean hasMarksOrOddSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (InvisibleMarks.isMark(text.charAt(i)) || InvisibleMarks.isOddSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String language(String tag) {
        if (tag.equals("*")) {
            return tag;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty() || locale.getDisplayLanguage(Locale.ENGLISH).equals(locale.getLanguage())) {
                throw new IllegalArgumentException("unknown language \"" + tag + "\"");
            }
            return tag;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("\"" + tag + "\" is no language tag", e);
        }
    }
}
