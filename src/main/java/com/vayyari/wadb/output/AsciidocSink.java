package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * psql's asciidoc format (print_asciidoc_text and print_asciidoc_vertical), byte for byte: a {@code |====} table
 * whose frame and grid follow the border, {@code |} escaped in text, the footer in a literal block after it.
 */
final class AsciidocSink extends DocumentSink {

    AsciidocSink(PrintOptions options, Writer out) {
        super(options, out);
    }

    @Override
    void begin() throws IOException {
        out.append('\n');
        if (withTitle()) {
            out.append('.').append(options.title()).append('\n');
        }
        if (expanded) {
            out.append("[cols=\"h,l\"");
        } else {
            out.append(options.tuplesOnly() ? "[cols=\"" : "[options=\"header\",cols=\"");
            for (int i = 0; i < names.length; i++) {
                out.append(i > 0 ? "," : "").append(align(i) == 'r' ? ">l" : "<l");
            }
            out.append('"');
        }
        out.append(border == 0 ? ",frame=\"none\",grid=\"none\"" : border == 1 ? ",frame=\"none\""
                : border == 2 ? ",frame=\"all\",grid=\"all\"" : "");
        out.append("]\n|====\n");
        if (!expanded && !options.tuplesOnly()) {
            for (int i = 0; i < names.length; i++) {
                out.append(i > 0 ? " ^l|" : "^l|");
                escaped(names[i]);
            }
            out.append('\n');
        }
    }

    @Override
    void record(String[] cells) throws IOException {
        printRecord(cells);
        // Under FETCH_COUNT psql writes each batch as a table of its own, and closes every one of them.
        if (options.fetchCount() > 0 && records % options.fetchCount() == 0) {
            out.append("|====\n");
        }
    }

    private void printRecord(String[] cells) throws IOException {
        if (expanded) {
            out.append(options.tuplesOnly() ? "2+|\n" : "2+^|Record " + records + "\n");
            for (int i = 0; i < cells.length; i++) {
                out.append("<l|");
                escaped(names[i]);
                out.append(align(i) == 'r' ? " >l|" : " <l|");
                if (blank(cells[i])) {
                    out.append(' ');
                } else {
                    escaped(cells[i]);
                }
                out.append('\n');
            }
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            out.append(i > 0 ? " |" : "|");
            if (!blank(cells[i])) {
                escaped(cells[i]);
            } else if (i < cells.length - 1) {
                out.append(' ');
            }
        }
        out.append('\n');
    }

    @Override
    void finish(long rowCount) throws IOException {
        out.append("|====\n");
        List<String> footers = expanded ? options.footerLines() : footers(rowCount);
        if (!options.tuplesOnly() && !footers.isEmpty()) {
            out.append("\n....\n");
            for (String footer : footers) {
                out.append(footer).append('\n');
            }
            out.append("....\n");
        }
    }

    private void escaped(String text) throws IOException {
        out.append(text.replace("|", "\\|"));
    }
}
