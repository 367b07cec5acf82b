package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The bytes of psql's {@code \copy (query) to stdout with csv header}: a header line (left out with
 * tuples-only), comma-separated fields, LF line ends, NULL as an empty field and the empty string as
 * {@code ""} (psql's own {@code --csv} cannot tell those apart). Data only: no footer. Streams.
 *
 * <p>Commons CSV writes every field; which fields get quotes is decided here, because no {@link QuoteMode}
 * is COPY's rule. {@code MINIMAL} also quotes a field that starts with a character up to {@code #} (a space,
 * {@code !}) or ends in white space, quotes the empty string only as a record's first field, and knows nothing
 * of the end-of-data marker {@code \.}; {@code ALL_NON_NULL} quotes everything.
 */
final class CsvSink extends RecordSink {

    private static final CSVFormat PLAIN = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setQuote(null).setRecordSeparator('\n').get();
    private static final CSVFormat QUOTED = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setQuoteMode(QuoteMode.ALL).setRecordSeparator('\n').get();

    private boolean singleColumn;

    CsvSink(PrintOptions options, Writer out) {
        super(options, out);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        singleColumn = columns.size() == 1;
        super.start(columns);
    }

    @Override
    void record(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            (value != null && needsQuotes(value) ? QUOTED : PLAIN).print(value, out, i == 0);
        }
        PLAIN.println(out);
    }

    /**
     * COPY's rule (CopyAttributeOutCSV): the empty string, so that it does not read back as NULL; a field
     * holding the delimiter, a quote, CR or LF; and {@code \.} alone on a line, which would end the data.
     */
    private boolean needsQuotes(String value) {
        if (value.isEmpty() || singleColumn && value.equals("\\.")) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
