package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * psql's unaligned format ({@code -A}, {@code print_unaligned_text}), byte for byte: the header and every row
 * as values joined by the field separator, values as they are (no escaping), then {@code (N rows)}. Expanded
 * ({@code -A -x}, {@code print_unaligned_vertical}): {@code name|value} lines, an empty line between records,
 * no footer. Streams: nothing is held.
 *
 * <p>Like psql, a line is ended only when something follows it or the output ends, so a zero-column result
 * prints an empty header line and a row-less expanded one prints nothing at all. Lines are separated by the record
 * separator ({@code -R}; two of them between expanded records) and the output ends with a newline, or with a zero
 * byte when that is the record separator ({@code -0}).
 */
final class UnalignedSink implements RowSink {

    private final PrintOptions options;
    private final TextOut out;
    private final String separator;
    private final String recordSeparator;
    private String[] names;
    private List<Column> columns;
    private boolean lineOpen;

    UnalignedSink(PrintOptions options, Writer out) {
        this.options = options;
        this.out = new TextOut(out);
        this.separator = options.fieldSeparator() == null ? "|" : options.fieldSeparator();
        this.recordSeparator = options.recordSeparator() == null ? "\n" : options.recordSeparator();
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = DisplayText.printable(columns.get(i).name());
        }
        if (!options.tuplesOnly() && options.title() != null) {
            out.append(options.title());
            if (!options.expanded()) {
                out.append(recordSeparator);
            }
            lineOpen = true;
        }
        if (!options.expanded() && !options.tuplesOnly()) {
            joined(names);
            lineOpen = true;
        }
    }

    @Override
    public void row(String[] values) throws IOException {
        if (names.length == 0) {
            return;
        }
        String[] cells = Cells.shown(values, options, columns);
        if (options.expanded()) {
            if (lineOpen) {
                out.append(recordSeparator).append(recordSeparator);
            }
            for (int i = 0; i < cells.length; i++) {
                out.append(names[i]).append(separator).append(DisplayText.printable(cells[i]));
                if (i < cells.length - 1) {
                    out.append(recordSeparator);
                }
            }
        } else {
            if (lineOpen) {
                out.append(recordSeparator);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = DisplayText.printable(cells[i]);
            }
            joined(cells);
        }
        lineOpen = true;
    }

    @Override
    public void end(long rowCount) throws IOException {
        if (!options.tuplesOnly() && !options.footerLines().isEmpty()) {
            if (options.expanded()) {
                out.append(recordSeparator);
            }
            for (String footer : options.footerLines()) {
                if (lineOpen || options.expanded()) {
                    out.append(recordSeparator);
                }
                out.append(footer);
                lineOpen = true;
            }
        } else if (!options.expanded() && !options.tuplesOnly() && options.footer()) {
            if (lineOpen) {
                out.append(recordSeparator);
            }
            out.rowCount(rowCount);
            lineOpen = true;
        }
        if (lineOpen) {
            out.append(recordSeparator.equals("\0") ? "\0" : "\n");
        }
        out.flush();
    }

    private void joined(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(cells[i]);
        }
    }
}
