package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * psql's troff-ms format (print_troff_ms_text and print_troff_ms_vertical), byte for byte: a tbl table
 * ({@code .TS} … {@code .TE}) boxed at border 2, values separated by tabs, backslashes as {@code \(rs}, the title and
 * the footer in displays. Expanded switches between a record-heading format and a name/value format as it goes.
 */
final class TroffMsSink extends DocumentSink {

    private static final int NONE = 0;
    private static final int HEADING = 1;
    private static final int BODY = 2;

    private final int lines;
    private int currentFormat = NONE;

    TroffMsSink(PrintOptions options, Writer out) {
        super(options, out);
        this.lines = Math.min(border, 2);
    }

    @Override
    void begin() throws IOException {
        if (withTitle()) {
            out.append(".LP\n.DS C\n");
            escaped(options.title());
            out.append("\n.DE\n");
        }
        out.append(".LP\n.TS\n").append(lines == 2 ? "center box;\n" : "center;\n");
        if (expanded) {
            if (options.tuplesOnly()) {
                out.append("c l;\n");
            }
            return;
        }
        for (int i = 0; i < names.length; i++) {
            out.append(align(i));
            if (lines > 0 && i < names.length - 1) {
                out.append(" | ");
            }
        }
        out.append(".\n");
        if (!options.tuplesOnly()) {
            for (int i = 0; i < names.length; i++) {
                out.append(i > 0 ? "\t\\fI" : "\\fI");
                escaped(names[i]);
                out.append("\\fP");
            }
            out.append("\n_\n");
        }
    }

    @Override
    void record(String[] cells) throws IOException {
        if (!expanded) {
            for (int i = 0; i < cells.length; i++) {
                escaped(cells[i]);
                out.append(i < cells.length - 1 ? '\t' : '\n');
            }
            return;
        }
        if (!options.tuplesOnly()) {
            if (currentFormat != HEADING) {
                if (lines == 2 && records > 1) {
                    out.append("_\n");
                }
                if (currentFormat != NONE) {
                    out.append(".T&\n");
                }
                out.append("c s.\n");
                currentFormat = HEADING;
            }
            out.append("\\fIRecord ").append(Long.toString(records)).append("\\fP\n");
        }
        if (lines >= 1) {
            out.append("_\n");
        }
        for (int i = 0; i < cells.length; i++) {
            if (!options.tuplesOnly() && currentFormat != BODY) {
                if (currentFormat != NONE) {
                    out.append(".T&\n");
                }
                out.append(lines != 1 ? "c l.\n" : "c | l.\n");
                currentFormat = BODY;
            }
            escaped(names[i]);
            out.append('\t');
            escaped(cells[i]);
            out.append('\n');
        }
    }

    @Override
    void finish(long rowCount) throws IOException {
        out.append(".TE\n.DS L\n");
        List<String> footers = expanded ? options.footerLines() : footers(rowCount);
        if (!options.tuplesOnly()) {
            for (String footer : footers) {
                escaped(footer);
                out.append('\n');
            }
        }
        out.append(".DE\n");
    }

    private void escaped(String text) throws IOException {
        out.append(text.replace("\\", "\\(rs"));
    }
}
