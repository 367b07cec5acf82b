package com.vayyari.wadb.output;

import java.io.IOException;
import java.io.Writer;

/**
 * psql's latex-longtable format (print_latex_longtable_text), byte for byte: a {@code longtable} whose header
 * repeats on every page, the title as its caption, and left-aligned columns given proportional widths by the
 * table attributes ({@code \pset tableattr '0.2 0.3'}, the last width reused). Expanded is {@link LatexSink}'s.
 */
final class LatexLongtableSink extends DocumentSink {

    private final int lines;

    LatexLongtableSink(PrintOptions options, Writer out) {
        super(options, out);
        this.lines = Math.min(border, 3);
    }

    @Override
    void begin() throws IOException {
        out.append("\\begin{longtable}{");
        if (lines >= 2) {
            out.append("| ");
        }
        String[] widths = options.tableAttr() == null ? new String[0] : options.tableAttr().strip().split("[ \t\n]+");
        int nextWidth = 0;
        for (int i = 0; i < names.length; i++) {
            if (align(i) == 'l' && options.tableAttr() != null && !widths[0].isEmpty()) {
                String width = widths[Math.min(nextWidth++, widths.length - 1)];
                out.append("p{").append(width).append("\\textwidth}");
            } else {
                out.append(align(i));
            }
            if (lines != 0 && i < names.length - 1) {
                out.append(" | ");
            }
        }
        out.append(lines >= 2 ? " |}\n" : "}\n");
        if (options.tuplesOnly()) {
            return;
        }
        heading();
        out.append("\\midrule\n\\endfirsthead\n");
        heading();
        if (lines != 3) {
            out.append("\\midrule\n");
        }
        out.append("\\endhead\n");
        if (options.title() != null) {
            if (lines == 2) {
                out.append("\\bottomrule\n");
            }
            out.append("\\caption[");
            LatexSink.escaped(out, options.title());
            out.append(" (Continued)]{");
            LatexSink.escaped(out, options.title());
            out.append("}\n\\endfoot\n");
            if (lines == 2) {
                out.append("\\bottomrule\n");
            }
            out.append("\\caption[");
            LatexSink.escaped(out, options.title());
            out.append("]{");
            LatexSink.escaped(out, options.title());
            out.append("}\n\\endlastfoot\n");
        } else if (lines >= 2) {
            out.append("\\bottomrule\n\\endfoot\n\\bottomrule\n\\endlastfoot\n");
        }
    }

    private void heading() throws IOException {
        if (lines >= 2) {
            out.append("\\toprule\n");
        }
        for (int i = 0; i < names.length; i++) {
            out.append(i > 0 ? " & \\small\\textbf{\\textit{" : "\\small\\textbf{\\textit{");
            LatexSink.escaped(out, names[i]);
            out.append("}}");
        }
        out.append(" \\\\\n");
    }

    @Override
    void record(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append("\n&\n");
            }
            out.append("\\raggedright{");
            LatexSink.escaped(out, cells[i]);
            out.append('}');
        }
        out.append(" \\tabularnewline\n");
        if (lines == 3) {
            out.append(" \\hline\n");
        }
    }

    @Override
    void finish(long rowCount) throws IOException {
        out.append("\\end{longtable}\n");
    }
}
