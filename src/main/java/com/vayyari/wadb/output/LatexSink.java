package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * psql's latex format (print_latex_text and print_latex_vertical), byte for byte: a {@code tabular} environment
 * whose rules follow the border (3 draws a line under every row), the title centred above it, LaTeX's special
 * characters escaped, the footer after {@code \noindent}. Expanded, and also for latex-longtable expanded, a
 * two-column tabular with a {@code Record n} row per record.
 */
final class LatexSink extends DocumentSink {

    private final int lines;

    LatexSink(PrintOptions options, Writer out) {
        super(options, out);
        this.lines = Math.min(border, expanded ? 2 : 3);
    }

    @Override
    void begin() throws IOException {
        if (withTitle()) {
            out.append("\\begin{center}\n");
            escaped(out, options.title());
            out.append("\n\\end{center}\n\n");
        }
        out.append("\\begin{tabular}{");
        if (expanded) {
            out.append(lines == 0 ? "cl" : lines == 1 ? "c|l" : "|c|l|").append("}\n");
            return;
        }
        if (lines >= 2) {
            out.append("| ");
        }
        for (int i = 0; i < names.length; i++) {
            out.append(align(i));
            if (lines != 0 && i < names.length - 1) {
                out.append(" | ");
            }
        }
        out.append(lines >= 2 ? " |}\n" : "}\n");
        if (!options.tuplesOnly() && lines >= 2) {
            out.append("\\hline\n");
        }
        if (!options.tuplesOnly()) {
            for (int i = 0; i < names.length; i++) {
                out.append(i > 0 ? " & \\textit{" : "\\textit{");
                escaped(out, names[i]);
                out.append('}');
            }
            out.append(" \\\\\n\\hline\n");
        }
    }

    @Override
    void record(String[] cells) throws IOException {
        if (expanded) {
            if (!options.tuplesOnly()) {
                if (lines == 2) {
                    out.append("\\hline\n\\multicolumn{2}{|c|}{\\textit{Record ").append(Long.toString(records))
                            .append("}} \\\\\n");
                } else {
                    out.append("\\multicolumn{2}{c}{\\textit{Record ").append(Long.toString(records)).append("}} \\\\\n");
                }
            }
            if (lines >= 1) {
                out.append("\\hline\n");
            }
            for (int i = 0; i < cells.length; i++) {
                escaped(out, names[i]);
                out.append(" & ");
                escaped(out, cells[i]);
                out.append(" \\\\\n");
            }
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            escaped(out, cells[i]);
            out.append(i < cells.length - 1 ? " & " : " \\\\\n");
        }
        if (lines == 3) {
            out.append("\\hline\n");
        }
    }

    @Override
    void finish(long rowCount) throws IOException {
        if (lines == 2) {
            out.append("\\hline\n");
        }
        out.append("\\end{tabular}\n\n\\noindent ");
        List<String> footers = expanded ? options.footerLines() : footers(rowCount);
        if (!options.tuplesOnly()) {
            for (String footer : footers) {
                escaped(out, footer);
                out.append(" \\\\\n");
            }
        }
        out.append('\n');
    }

    /** psql's latex_escaped_print: LaTeX's specials as the Comprehensive LaTeX Symbol List spells them. */
    static void escaped(TextOut out, String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#', '$', '%', '&', '_', '{', '}' -> out.append('\\').append(c);
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\^{}");
                case '|' -> out.append("\\textbar{}");
                case '~' -> out.append("\\~{}");
                case '\n' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
    }
}
