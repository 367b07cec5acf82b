package com.vayyari.wadb.generate;

import com.vayyari.wadb.db.CopyInWriter;
import java.sql.SQLException;

/** The rows of one table, written one at a time into a COPY. */
interface RowSource {

    /** Writes the next row into {@code out}; false when there are no more. */
    boolean next(CopyInWriter out) throws SQLException;
}
