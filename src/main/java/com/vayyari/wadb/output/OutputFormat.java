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
    HTML("html");

    private final String label;

    OutputFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
                + "\" (use table, expanded, unaligned, csv, tsv, json, ndjson, markdown or html)");
    }

    /** Formats that carry data only: no title, no row-count footer (psql's CSV rule). */
    public boolean dataOnly() {
        return this == CSV || this == TSV || this == JSON || this == NDJSON;
    }

    @Override
    public String toString() {
        return label;
    }
}
