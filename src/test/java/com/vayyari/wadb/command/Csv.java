package com.vayyari.wadb.command;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads `--format csv` output back: one map per row, by column name, in order. */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> rows(String csv) {
        try {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv))) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One column of every row, in order. */
    static List<String> column(String csv, String name) {
        return rows(csv).stream().map(row -> row.get(name)).toList();
    }
}
