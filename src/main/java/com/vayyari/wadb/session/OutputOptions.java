package com.vayyari.wadb.session;

import com.vayyari.wadb.output.OutputFormat;
import com.vayyari.wadb.output.PrintOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The output flags, shared by the command line and by command lines typed in the REPL or piped in, so
 * {@code search x --csv -o hits.csv} means the same in all three doors. Inherited by every subcommand.
 */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            completionCandidates = OutputFormat.Names.class,
            description = "table, expanded, unaligned, csv, tsv, json, ndjson, markdown, html, wrapped, asciidoc, latex, "
                    + "latex-longtable or troff-ms.")
    String format;

    @Option(names = "--csv", scope = ScopeType.INHERIT, description = "Same as --format csv.")
    boolean csv;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Same as --format json.")
    boolean json;

    @Option(names = {"-A", "--no-align"}, scope = ScopeType.INHERIT, description = "Unaligned output (psql -A).")
    boolean unaligned;

    @Option(names = {"-t", "--tuples-only"}, scope = ScopeType.INHERIT, description = "Rows only: no header, no footer.")
    boolean tuplesOnly;

    @Option(names = {"-x", "--expanded"}, scope = ScopeType.INHERIT, description = "Expanded output (psql \\x).")
    boolean expanded;

    @Option(names = {"-F", "--field-separator"}, paramLabel = "SEP", scope = ScopeType.INHERIT,
            description = "Field separator for unaligned output (default |).")
    String fieldSeparator;

    @Option(names = {"-z", "--field-separator-zero"}, scope = ScopeType.INHERIT,
            description = "Zero byte as the field separator for unaligned output.")
    boolean fieldSeparatorZero;

    @Option(names = {"-R", "--record-separator"}, paramLabel = "SEP", scope = ScopeType.INHERIT,
            description = "Record separator for unaligned output (default newline).")
    String recordSeparator;

    @Option(names = {"-0", "--record-separator-zero"}, scope = ScopeType.INHERIT,
            description = "Zero byte as the record separator for unaligned output.")
    boolean recordSeparatorZero;

    @Option(names = {"-H", "--html"}, scope = ScopeType.INHERIT, description = "HTML table output (psql -H).")
    boolean html;

    @Option(names = {"-T", "--table-attr"}, paramLabel = "TEXT", scope = ScopeType.INHERIT,
            description = "Attributes of the HTML <table> tag (width, border …).")
    String tableAttr;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Write results to FILE (atomically: all or nothing); - for stdout.")
    String outputFile;

    /** The file results go to, or null for stdout (also for {@code -o -}). */
    public Path file() {
        return outputFile == null || outputFile.equals("-") ? null : Path.of(outputFile);
    }

    /** True if any flag was given (a typed command line then prints its own way, for that command only). */
    public boolean given() {
        return format != null || csv || json || unaligned || tuplesOnly || expanded || fieldSeparator != null
                || fieldSeparatorZero || recordSeparator != null || recordSeparatorZero || html || tableAttr != null
                || file() != null;
    }

    /** {@code base} with these flags applied; the flags win. */
    public PrintOptions applyTo(PrintOptions base) {
        PrintOptions options = base;
        if (unaligned) {
            options = options.withFormat(OutputFormat.UNALIGNED);
        }
        if (html) {
            options = options.withFormat(OutputFormat.HTML);
        }
        if (tableAttr != null) {
            options = options.withTableAttr(tableAttr);
        }
        if (format != null) {
            options = options.withFormat(OutputFormat.parse(format));
        }
        if (csv) {
            options = options.withFormat(OutputFormat.CSV);
        }
        if (json) {
            options = options.withFormat(OutputFormat.JSON);
        }
        if (expanded) {
            options = options.withExpanded(true);
        }
        if (fieldSeparator != null) {
            options = options.withFieldSeparator(fieldSeparator);
        }
        if (fieldSeparatorZero) {
            options = options.withFieldSeparator("\0");
        }
        if (recordSeparator != null) {
            options = options.withRecordSeparator(recordSeparator);
        }
        if (recordSeparatorZero) {
            options = options.withRecordSeparator("\0");
        }
        return tuplesOnly ? options.withTuplesOnly(true) : options;
    }
}
