package com.vayyari.wadb.output;

import java.util.Locale;

/** The output formats, by the names used in {@code --format} and {@code \pset format}. */
public enum OutputFormat {
    TABLE("table"),
    EXPANDED("expanded"),
    UNALIGNED("unaligned"),
    CSV("csv"),
    TSV("tsv"),
    JSON("json"),
    NDJSON("ndjson"),
    MARKDOWN("markdown"),
    HTML("html"),
    WRAPPED("wrapped"),
    ASCIIDOC("asciidoc"),
    LATEX("latex"),
    LATEX_LONGTABLE("latex-longtable"),
    TROFF_MS("troff-ms"),
    /**
     * psql's own csv ({@code \\pset format csv}, {@code -P format=csv}): NULL shown as the null display, the empty
     * string unquoted, {@code csv_fieldsep} between fields, command tags on stdout. {@code --csv} and
     * {@code --format csv} are {@link #CSV}, which keeps NULL and the empty string apart as COPY does.
     */
    PSQL_CSV("csv");

    private final String label;

    OutputFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The names {@link #parse} accepts, for picocli's {@code completionCandidates} of {@code --format}. */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(values()).map(OutputFormat::label).distinct().iterator();
        }
    }

    /** Accepts the names above, psql's {@code aligned} for table, case-insensitively. */
    public static OutputFormat parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("aligned")) {
            return TABLE;
        }
        for (OutputFormat format : values()) {
            if (format.label.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + name
                + "\" (use table, expanded, unaligned, csv, tsv, json, ndjson, markdown, html, wrapped, asciidoc, latex, "
                + "latex-longtable or troff-ms)");
    }

    /** Formats that carry data only: no title, no row-count footer (psql's CSV rule). */
    public boolean dataOnly() {
        return this == CSV || this == TSV || this == JSON || this == NDJSON;
    }

    /** The name psql's {@code \\pset format} reports: aligned for table. */
    public String psqlName() {
        return this == TABLE ? "aligned" : label;
    }

    /** Formats drawn by the aligned writer: psql's aligned and wrapped. */
    public boolean aligned() {
        return this == TABLE || this == WRAPPED;
    }

    @Override
    public String toString() {
        return label;
    }
}
