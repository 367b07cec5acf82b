package com.vayyari.wadb.meta;

import com.vayyari.wadb.exit.WadbException;
import com.vayyari.wadb.output.Column;
import com.vayyari.wadb.output.PrintOptions;
import com.vayyari.wadb.output.RowSink;
import com.vayyari.wadb.output.RowSinks;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psql's {@code \crosstabview [colV [colH [colD [sortcolH]]]]} (crosstabview.c): the query's rows are pivoted so
 * that the distinct values of colV head the rows and those of colH the columns, each in order of first appearance
 * (or of sortcolH's integer value), and colD fills the cells. The pivoted table then prints through the current
 * format's sink. A crosstab needs the whole result, so the rows are held; psql holds them too.
 */
final class Crosstab implements RowSink {

    private final List<String> args;
    private final PrintOptions print;
    private final Writer out;
    /** psql's CROSSTABVIEW_MAX_COLUMNS: the most columns a table can have. */
    private static final int MAX_COLUMNS = 1600;

    private List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    private Crosstab(List<String> args, PrintOptions print, Writer out) {
        this.args = args;
        this.print = print;
        this.out = out;
    }

    static Intent intent(MetaCall call) {
        String query = call.bufferOrPrevious()
                .orElseThrow(() -> WadbException.command("\\crosstabview: no query to send"));
        List<String> args = List.copyOf(call.args().subList(0, Math.min(4, call.args().size())));
        return new Intent.Exec(query, false, p -> p, QueryTarget.SESSION,
                (print, out) -> new Crosstab(args, print, out));
    }

    @Override
    public void start(List<Column> resultColumns) {
        columns = List.copyOf(resultColumns);
    }

    @Override
    public void row(String[] values) {
        rows.add(values.clone());
    }

    @Override
    public void end(long rowCount) throws IOException {
        if (columns.size() < 3) {
            throw fail("query must return at least three columns");
        }
        int vertical = args.size() > 0 ? indexOf(args.get(0)) : 0;
        int horizontal = args.size() > 1 ? indexOf(args.get(1)) : 1;
        if (vertical == horizontal) {
            throw fail("vertical and horizontal headers must be different columns");
        }
        int data;
        if (args.size() > 2) {
            data = indexOf(args.get(2));
        } else {
            if (columns.size() != 3) {
                throw fail("data column must be specified when query returns more than three columns");
            }
            data = 3 - vertical - horizontal;
        }
        int sort = args.size() > 3 ? indexOf(args.get(3)) : -1;

        Map<Key, Integer> columnRank = new HashMap<>();
        List<Key> columnKeys = new ArrayList<>();
        List<Integer> sortValues = new ArrayList<>();
        Map<Key, Integer> rowRank = new HashMap<>();
        List<Key> rowKeys = new ArrayList<>();
        for (String[] row : rows) {
            Key column = new Key(row[horizontal]);
            if (!columnRank.containsKey(column)) {
                columnRank.put(column, columnKeys.size());
                columnKeys.add(column);
                sortValues.add(sort >= 0 ? rank(row[sort]) : 0);
                if (columnKeys.size() > MAX_COLUMNS) {
                    throw fail("maximum number of columns (" + MAX_COLUMNS + ") exceeded");
                }
            }
            Key rowKey = new Key(row[vertical]);
            if (!rowRank.containsKey(rowKey)) {
                rowRank.put(rowKey, rowKeys.size());
                rowKeys.add(rowKey);
            }
        }
        if (sort >= 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < columnKeys.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(sortValues::get));
            List<Key> sorted = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                sorted.add(columnKeys.get(order.get(i)));
                columnRank.put(columnKeys.get(order.get(i)), i);
            }
            columnKeys = sorted;
        }

        String nullShown = print.nullDisplay();
        String[][] cells = new String[rowKeys.size()][columnKeys.size() + 1];
        boolean[][] filled = new boolean[rowKeys.size()][columnKeys.size() + 1];
        for (String[] row : rows) {
            int r = rowRank.get(new Key(row[vertical]));
            int c = columnRank.get(new Key(row[horizontal])) + 1;
            if (filled[r][c]) {
                throw fail("query result contains multiple data values for row \""
                        + shown(row[vertical], nullShown) + "\", column \"" + shown(row[horizontal], nullShown) + "\"");
            }
            filled[r][c] = true;
            cells[r][c] = cell(row[data], nullShown);
        }

        List<Column> pivoted = new ArrayList<>();
        pivoted.add(columns.get(vertical));
        Column dataColumn = columns.get(data);
        for (Key key : columnKeys) {
            pivoted.add(new Column(key.value() == null ? nullShown : key.value(), dataColumn.typeName(), dataColumn.kind()));
        }
        // Cells are text by now, as in psql: NULL already shows as the null display, and an empty cell goes to
        // the sink as NULL so that CSV leaves it unquoted, as psql's pivoted table does.
        try (RowSink sink = RowSinks.open(print.withNullDisplay(""), out)) {
            sink.start(pivoted);
            for (int r = 0; r < rowKeys.size(); r++) {
                String[] line = cells[r];
                line[0] = cell(rowKeys.get(r).value(), nullShown);
                sink.row(line);
            }
            sink.end(rowKeys.size());
        }
    }

    private static String cell(String value, String nullShown) {
        String text = value == null ? nullShown : value;
        return text.isEmpty() ? null : text;
    }

    private static String shown(String value, String nullShown) {
        return value != null ? value : nullShown.isEmpty() ? "(null)" : nullShown;
    }

    /** psql's rankSort: an optionally negative integer; anything else ranks as 0. */
    private static int rank(String value) {
        if (value != null && value.matches("-?[0-9]+")) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /** A column by number (1-based) or by name, quoted or downcased as an identifier. */
    private int indexOf(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int index;
            try {
                index = Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                index = 0;
            }
            if (index < 1 || index > columns.size()) {
                throw fail("column number " + index + " is out of range 1.." + columns.size());
            }
            return index - 1;
        }
        String name = identifier(arg);
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                if (found >= 0) {
                    throw fail("ambiguous column name: \"" + name + "\"");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw fail("column name not found: \"" + name + "\"");
        }
        return found;
    }

    /** psql's dequote_downcase_identifier: {@code "..."} parts are kept as written, the rest is lower-cased. */
    private static String identifier(String arg) {
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < arg.length(); i++) {
            char ch = arg.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < arg.length() && arg.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else {
                name.append(quoted ? ch : Character.toLowerCase(ch));
            }
        }
        return name.toString();
    }

    private static WadbException fail(String message) {
        return WadbException.command("\\crosstabview: " + message);
    }

    /** A header value; null (SQL NULL) is a value of its own. */
    private record Key(String value) {
    }
}
