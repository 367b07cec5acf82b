package com.vayyari.wadb.importer;

/** Told now and then how far an import has read, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (linesRead, totalLines) -> { };

    void update(long linesRead, long totalLines);
}
