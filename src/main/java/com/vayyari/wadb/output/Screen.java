package com.vayyari.wadb.output;

/**
 * A writer that shows a terminal screen (the REPL's pager). psql sends an aligned table wider than the screen to
 * the pager rather than let the terminal wrap it (print_aligned_text's forced pager), but pages other output by
 * its height alone: a sink's writer hears here that what follows, up to the next flush, is such a table.
 */
public interface Screen {

    /** The output until the next flush is an aligned table: a line wider than the screen sends it to the pager. */
    void alignedTableStarts();
}
