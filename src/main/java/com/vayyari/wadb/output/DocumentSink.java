package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * What psql's markup writers (asciidoc, latex, latex-longtable, troff-ms) share: they stream, one record at a time,
 * the values as psql's printQuery makes them (NULL display, numericlocale, code points psql drops left out), and
 * each has a form per table and an expanded form per record ({@code _text} and {@code _vertical} in print.c).
 */
abstract class DocumentSink implements RowSink {

    final PrintOptions options;
    final TextOut out;
    final boolean expanded;
    List<Column> columns;
    String[] names;
    /** psql's border, which each writer clamps to what it draws. */
    final int border;
    long records;

    DocumentSink(PrintOptions options, Writer out) {
        this.options = options;
        this.out = new TextOut(out);
        this.expanded = options.expanded();
        this.border = options.border();
    }

    @Override
    public final void start(List<Column> resultColumns) throws IOException {
        columns = List.copyOf(resultColumns);
        names = new String[columns.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = DisplayText.printable(columns.get(i).name());
        }
        begin();
    }

    @Override
    public final void row(String[] values) throws IOException {
        records++;
        if (columns.isEmpty()) {
            return;
        }
        String[] cells = Cells.shown(values, options, columns);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = DisplayText.printable(cells[i]);
        }
        record(cells);
    }

    @Override
    public final void end(long rowCount) throws IOException {
        finish(rowCount);
        out.flush();
    }

    boolean withTitle() {
        return !options.tuplesOnly() && options.title() != null;
    }

    /** psql's 'r' or 'l' for a column. */
    char align(int column) {
        return columns.get(column).rightAligned() ? 'r' : 'l';
    }

    /** psql's footers_with_default: the footer lines given, else {@code (N rows)} unless the footer is off. */
    List<String> footers(long rowCount) {
        if (!options.footerLines().isEmpty()) {
            return options.footerLines();
        }
        List<String> footers = new ArrayList<>();
        if (options.footer()) {
            footers.add("(" + rowCount + (rowCount == 1 ? " row)" : " rows)"));
        }
        return footers;
    }

    /** Whether a value is only spaces and tabs (or empty): the markup formats print a blank cell for it. */
    static boolean blank(String value) {
        return value.chars().allMatch(c -> c == ' ' || c == '\t');
    }

    abstract void begin() throws IOException;

    abstract void record(String[] cells) throws IOException;

    abstract void finish(long rowCount) throws IOException;
}
