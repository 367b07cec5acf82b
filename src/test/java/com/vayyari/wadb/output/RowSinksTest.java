package com.vayyari.wadb.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The factory picks the writer psql's printTable would: by format, and by the expanded flag. */
class RowSinksTest {

    @Test
    void oneSinkPerFormat() throws Exception {
        PrintOptions options = PrintOptions.defaults();
        assertEquals(TableSink.class, kind(options));
        assertEquals(ExpandedSink.class, kind(options.withExpanded(true)));
        assertEquals(ExpandedSink.class, kind(options.withFormat(OutputFormat.EXPANDED)));
        assertEquals(UnalignedSink.class, kind(options.withFormat(OutputFormat.UNALIGNED)));
        assertEquals(UnalignedSink.class, kind(options.withFormat(OutputFormat.UNALIGNED).withExpanded(true)));
        assertEquals(CsvSink.class, kind(options.withFormat(OutputFormat.CSV).withExpanded(true)));
        assertEquals(TsvSink.class, kind(options.withFormat(OutputFormat.TSV)));
        assertEquals(JsonSink.class, kind(options.withFormat(OutputFormat.JSON)));
        assertEquals(NdjsonSink.class, kind(options.withFormat(OutputFormat.NDJSON)));
        assertEquals(MarkdownSink.class, kind(options.withFormat(OutputFormat.MARKDOWN)));
    }

    private static Class<?> kind(PrintOptions options) throws Exception {
        return RowSinks.open(options, new StringWriter()).getClass();
    }
}
