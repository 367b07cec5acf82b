package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/** Opens the sink for a format, as psql's printTable picks a writer by format and expanded flag. */
public final class RowSinks {

    private static final long BUDGET = RowStore.DEFAULT_BUDGET;

    private RowSinks() {
    }

    /**
     * A sink that writes one result to {@code out} in {@code options}' format. It flushes {@code out} at the end
     * of the result and never closes it. Table and expanded output hold the rows until the end (spilling to a
     * temporary file past 32 MB); every other format streams.
     */
    public static RowSink open(PrintOptions options, Writer out) throws IOException {
        switch (options.format()) {
            case TABLE:
            case WRAPPED:
                if (options.fetchCount() > 0) {
                    return new FetchCountSink(options, out, options.fetchCount());
                }
                return options.expanded() ? expanded(options, out) : new TableSink(options, out, BUDGET, null);
            case EXPANDED:
                return expanded(options, out);
            case UNALIGNED:
                return new UnalignedSink(options, out);
            case CSV:
                return new CsvSink(options, out);
            case TSV:
                return new TsvSink(options, out);
            case JSON:
                return new JsonSink(out);
            case NDJSON:
                return new NdjsonSink(out);
            case MARKDOWN:
                return new MarkdownSink(options, out);
            case HTML:
                return new HtmlSink(options, out);
            case ASCIIDOC:
                return new AsciidocSink(options, out);
            case LATEX:
                return new LatexSink(options, out);
            case LATEX_LONGTABLE:
                return options.expanded() ? new LatexSink(options, out) : new LatexLongtableSink(options, out);
            case PSQL_CSV:
                return new PsqlCsvSink(options, out);
            case TROFF_MS:
                return new TroffMsSink(options, out);
            default:
                throw new IllegalArgumentException("no sink for format " + options.format());
        }
    }

    private static RowSink expanded(PrintOptions options, Writer out) {
        return new ExpandedSink(options, out, BUDGET, null);
    }
}
