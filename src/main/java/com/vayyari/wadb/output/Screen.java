package com.vayyari.wadb.output;

/**
 * A writer that shows a terminal screen (the REPL's pager). psql pages a result (PageOutput) when it is taller than
 * the screen and at least {@code \pset pager_min_lines} long, or always under {@code \pset pager always}, and an
 * aligned table also when it is wider than the screen rather than let the terminal wrap it (print_aligned_text's
 * forced pager); other output pages by its height alone. A sink's writer hears here that a result starts.
 */
public interface Screen {

    /**
     * The output until the next flush is a result; {@code alignedTable} when it is an aligned table, which a line
     * wider than the screen sends to the pager; {@code minLines} is {@code \pset pager_min_lines}.
     */
    void resultStarts(boolean alignedTable, int minLines);
}
