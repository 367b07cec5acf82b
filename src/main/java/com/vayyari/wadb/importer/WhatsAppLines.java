package com.vayyari.wadb.importer;

import com.vayyari.wadb.importer.WhatsAppLineTable.Form;
import com.vayyari.wadb.importer.WhatsAppLineTable.Row;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells WhatsApp's own lines and attachment placeholders, in every language of {@code whatsapp-lines.tsv}, from
 * what people wrote. It runs on every message of exports of 300,000 lines, so the table is indexed once: exact
 * texts by their length and in a hash map, the other forms by the character a text starts or ends with. A line
 * reaches a comparison only when that character fits, and a regular expression only when WhatsApp marked it.
 */
final class WhatsAppLines {

    /** The table shipped in the jar, indexed. */
    static final WhatsAppLines TABLE = new WhatsAppLines(WhatsAppLineTable.load());

    /**
     * An attachment placeholder found in a message's first line; {@code omitted} when it says the file was left
     * out of the export (iOS "image omitted", "Report.pdf document omitted": the name is then only a title).
     */
    record Placeholder(WhatsAppLineKind kind, String fileName, boolean omitted, String caption) {

        /** Whether the export says the file came with it. */
        boolean attached() {
            return fileName != null && !omitted;
        }

        /** {@code messages.media_type}: the file's kind when a {@code <Media omitted>}-like text names one. */
        String mediaType() {
            return kind == WhatsAppLineKind.MEDIA && fileName != null ? MediaTypes.mediaType(fileName) : kind.mediaType();
        }
    }

    private static final String FILE = "{file}";
    private static final String DETAILS = " \u2022 ";

    private final Map<String, WhatsAppLineKind> equals = new HashMap<>();
    private final BitSet equalsLengths = new BitSet();
    private final Map<Character, List<Row>> starts = new HashMap<>();
    private final Map<Character, List<Row>> ends = new HashMap<>();
    /** attached and tag rows, by the first character of the text (of the part before {file} for tags). */
    private final Map<Character, List<Row>> inside = new HashMap<>();
    private final char[] insideFirst;
    private final List<Row> regex = new ArrayList<>();

    WhatsAppLines(List<Row> rows) {
        for (Row row : rows) {
            String text = row.text();
            switch (row.form()) {
                case EQUALS -> {
                    String key = withoutFinalStop(text);
                    equals.put(key, row.kind());
                    equalsLengths.set(key.length());
                }
                case STARTS -> starts.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(row);
                case ENDS -> ends.computeIfAbsent(text.charAt(text.length() - 1), c -> new ArrayList<>()).add(row);
                case ATTACHED, TAG -> inside.computeIfAbsent(text.charAt(0), c -> new ArrayList<>()).add(row);
                case REGEX -> regex.add(row);
                default -> throw new IllegalStateException(row.form().name());
            }
        }
        insideFirst = new char[inside.size()];
        int i = 0;
        for (Character c : inside.keySet()) {
            insideFirst[i++] = c;
        }
    }

    /**
     * The kind of WhatsApp line a sender's text is (a deleted-message stub, a missed call, a notice iOS writes as
     * if sent by the chat), or null for a person's message. Stubs are known by their whole text wherever they
     * stand; anything longer only when WhatsApp marked the text as its own, so that people quoting a notice
     * ("Messages and calls are end-to-end encrypted, they say") keep their message.
     *
     * @param cleanFirstLine the text's first line without marks
     * @param marked         whether the text opened with an invisible mark
     */
    WhatsAppLineKind ownLine(String cleanFirstLine, boolean marked) {
        int length = cleanFirstLine.length();
        if (length == 0) {
            return null;
        }
        String key = withoutFinalStop(cleanFirstLine);
        if (equalsLengths.get(key.length())) {
            WhatsAppLineKind kind = equals.get(key);
            if (kind != null) {
                return kind;
            }
        }
        if (!marked) {
            return null;
        }
        List<Row> candidates = starts.get(cleanFirstLine.charAt(0));
        if (candidates != null) {
            for (Row row : candidates) {
                if (!row.kind().isMedia() && cleanFirstLine.startsWith(row.text())) {
                    return row.kind();
                }
            }
        }
        for (Row row : regex) {
            if (row.pattern().matcher(cleanFirstLine).find()) {
                return row.kind();
            }
        }
        return null;
    }

    /**
     * The attachment placeholder a message's first line holds, or null for plain text.
     *
     * @param rawFirstLine   the first line as exported (marks kept: iOS puts one before its placeholder words)
     * @param cleanFirstLine the same without marks
     */
    Placeholder placeholder(String rawFirstLine, String cleanFirstLine) {
        if (cleanFirstLine.isEmpty()) {
            return null;
        }
        Placeholder found = atStart(cleanFirstLine);
        if (found == null) {
            found = inside(rawFirstLine, cleanFirstLine);
        }
        return found != null ? found : atEnd(rawFirstLine, cleanFirstLine);
    }

    /** {@code <Media omitted>} and its translations; what follows on the line is the caption. */
    private Placeholder atStart(String line) {
        List<Row> candidates = starts.get(line.charAt(0));
        if (candidates == null) {
            return null;
        }
        for (Row row : candidates) {
            if (row.kind().isMedia() && line.startsWith(row.text())) {
                return new Placeholder(row.kind(), null, true, orNull(line.substring(row.text().length()).strip()));
            }
        }
        return null;
    }

    /** {@code NAME (file attached) caption} and {@code [title] <attached: NAME> caption}. */
    private Placeholder inside(String raw, String line) {
        for (char c : insideFirst) {
            for (int at = line.indexOf(c); at >= 0; at = line.indexOf(c, at + 1)) {
                for (Row row : inside.get(c)) {
                    Placeholder found = row.form() == Form.TAG ? tag(row, line, at) : attached(row, raw, line, at);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static Placeholder attached(Row row, String raw, String line, int at) {
        if (at < 2 || line.charAt(at - 1) != ' ' || !line.startsWith(row.text(), at)) {
            return null;
        }
        String file = line.substring(0, at - 1).strip();
        if (!looksLikeFile(file, raw)) {
            return null;
        }
        return new Placeholder(row.kind(), file, false, orNull(line.substring(at + row.text().length()).strip()));
    }

    private static Placeholder tag(Row row, String line, int at) {
        String text = row.text();
        int hole = text.indexOf(FILE);
        String before = text.substring(0, hole);
        String after = text.substring(hole + FILE.length());
        if (!line.startsWith(before, at)) {
            return null;
        }
        int end = line.indexOf(after, at + before.length());
        if (end < 0) {
            return null;
        }
        String file = line.substring(at + before.length(), end).strip();
        if (file.isEmpty()) {
            return null;
        }
        // A document's title before the tag is WhatsApp's, not a caption: the file name says the same.
        return new Placeholder(row.kind(), file, false, orNull(line.substring(end + after.length()).strip()));
    }

    /** iOS: {@code image omitted}, {@code Report.pdf • 3 pages document omitted}, old {@code <image omitted>}. */
    private Placeholder atEnd(String raw, String line) {
        if (line.length() > 2 && line.charAt(0) == '<' && line.charAt(line.length() - 1) == '>') {
            line = line.substring(1, line.length() - 1).strip();
            if (line.isEmpty()) {
                return null;
            }
        }
        List<Row> candidates = ends.get(line.charAt(line.length() - 1));
        if (candidates == null) {
            return null;
        }
        for (Row row : candidates) {
            String text = row.text();
            if (!line.endsWith(text)) {
                continue;
            }
            int before = line.length() - text.length();
            if (before == 0) {
                return new Placeholder(row.kind(), null, true, null);
            }
            if (line.charAt(before - 1) != ' ') {
                continue;
            }
            String file = line.substring(0, before - 1);
            int details = file.indexOf(DETAILS);
            file = (details < 0 ? file : file.substring(0, details)).strip();
            if (looksLikeFile(file, raw)) {
                return new Placeholder(row.kind(), file, true, null);
            }
        }
        return null;
    }

    /**
     * Whether the text before a placeholder is the attachment's name: WhatsApp marks its placeholder words (then
     * any name goes, documents need no extension), else the name must end in an extension, so that
     * "I think the image omitted" stays a sentence.
     */
    private static boolean looksLikeFile(String file, String raw) {
        if (file.isEmpty()) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            if (InvisibleMarks.isMark(raw.charAt(i))) {
                return true;
            }
        }
        int dot = file.lastIndexOf('.');
        if (dot <= 0 || dot == file.length() - 1 || file.length() - dot > 9) {
            return false;
        }
        for (int i = dot + 1; i < file.length(); i++) {
            if (!Character.isLetterOrDigit(file.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String withoutFinalStop(String text) {
        int n = text.length();
        return n > 1 && (text.charAt(n - 1) == '.' || text.charAt(n - 1) == '\u3002') ? text.substring(0, n - 1) : text;
    }

    private static String orNull(String caption) {
        return caption.isEmpty() ? null : caption;
    }
}
