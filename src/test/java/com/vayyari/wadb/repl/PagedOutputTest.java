package com.vayyari.wadb.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pager starts only for output taller than the screen, holding at most one screen until then. */
class PagedOutputTest {

    /** A pager that keeps what it gets, and can quit early like a user pressing q in less. */
    private static final class FakePager extends Writer {
        final StringBuilder got = new StringBuilder();
        int starts;
        boolean quit;
        boolean closed;

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (quit) {
                throw new IOException("Broken pipe");
            }
            got.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final StringWriter terminal = new StringWriter();
    private final FakePager pager = new FakePager();
    private final AtomicLong cancels = new AtomicLong();

    private PagedOutput output(int rows, int columns) {
        return new PagedOutput(terminal, rows, columns, () -> {
            pager.starts++;
            return pager;
        }, cancels::get, always::get);
    }

    private final java.util.concurrent.atomic.AtomicBoolean always = new java.util.concurrent.atomic.AtomicBoolean();

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("row ").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void aShortResultPrintsAtItsEndWithoutThePager() throws IOException {
        PagedOutput out = output(10, 80);
        out.write(lines(8));
        assertEquals("", terminal.toString(), "held until the result ends");
        out.flush();
        assertEquals(lines(8), terminal.toString());
        out.write(lines(8));
        out.close();
        assertEquals(lines(8) + lines(8), terminal.toString(), "each result gets its own screen");
        assertEquals(0, pager.starts);
        assertFalse(out.paged());
    }

    @Test
    void aLongResultGoesToThePagerWhole() throws IOException {
        PagedOutput out = output(10, 80);
        for (int i = 0; i < 1000; i++) {
            out.write("row " + i + "\n");
        }
        out.flush();
        out.close();
        assertEquals(1, pager.starts);
        assertTrue(out.paged());
        assertEquals("", terminal.toString());
        assertTrue(pager.got.toString().startsWith("row 0\nrow 1\n"));
        assertTrue(pager.got.toString().endsWith("row 999\n"));
        assertTrue(pager.closed, "closing waits for the pager");
    }

    @Test
    void anAlignedTableWiderThanTheScreenGoesToThePagerAsInPsql() throws IOException {
        PagedOutput wide = output(10, 20);
        wide.resultStarts(true, 0);
        wide.write("x".repeat(21) + "\n");
        assertEquals(1, pager.starts, "21 columns on a 20-column screen would wrap: psql pages it");
        PagedOutput emoji = output(10, 20);
        emoji.resultStarts(true, 0);
        emoji.write("\uD83D\uDE00".repeat(10) + "\n");
        emoji.flush();
        assertEquals(1, pager.starts, "ten emoji take exactly the 20 columns");
        PagedOutput cjk = output(10, 20);
        cjk.resultStarts(true, 0);
        cjk.write("\u6f22".repeat(11) + "\n");
        assertEquals(2, pager.starts, "eleven CJK characters take 22 columns");
    }

    @Test
    void pagerAlwaysPagesEveryResultAndMinLinesKeepsShortOnesOff() throws IOException {
        always.set(true);
        PagedOutput out = output(10, 80);
        out.write("Expanded display is on.\n");
        out.flush();
        assertEquals(0, pager.starts, "a message is no result: psql prints it");
        out.resultStarts(false, 0);
        out.write("one row\n");
        assertEquals(1, pager.starts, "\\pset pager always: even one row");
        always.set(false);
        PagedOutput min = output(10, 80);
        min.resultStarts(true, 50);
        min.write(lines(20));
        min.flush();
        assertEquals(1, pager.starts, "20 lines are taller than the screen but fewer than pager_min_lines 50");
        min.resultStarts(true, 50);
        min.write(lines(60));
        assertEquals(2, pager.starts, "60 lines are not");
    }

    @Test
    void otherWideOutputPagesByTheRowsItWrapsTo() throws IOException {
        PagedOutput message = output(10, 20);
        message.write("x".repeat(30) + "\n");
        message.flush();
        assertEquals(0, pager.starts, "a wide line that is no table is left to the terminal");
        PagedOutput long_ = output(10, 20);
        long_.write("x".repeat(200) + "\n");
        assertEquals(1, pager.starts, "200 characters on a 20-column screen take 10 rows");
        PagedOutput next = output(10, 20);
        next.write("x".repeat(30) + "\n");
        next.flush();
        next.resultStarts(true, 0);
        next.write("short\n");
        next.flush();
        assertEquals(1, pager.starts, "a flush ends the table: what came before it is not the table's");
    }

    @Test
    void escapeCodesTakeNoRoom() throws IOException {
        PagedOutput bold = output(3, 10);
        bold.write("\u001b[1mbold\u001b[22m\n");
        bold.flush();
        assertEquals(0, pager.starts, "escape codes take no room");
        assertEquals("\u001b[1mbold\u001b[22m\n", terminal.toString());
    }

    @Test
    void whenTheUserQuitsThePagerTheRestIsDroppedQuietly() throws IOException {
        PagedOutput out = output(5, 80);
        out.write(lines(10));
        pager.quit = true;
        out.write(lines(100_000));
        out.flush();
        out.close();
        assertEquals("", terminal.toString());
        assertTrue(pager.got.length() < 200);
    }

    @Test
    void noPagerProgramMeansPlainOutput() throws IOException {
        PagedOutput out = new PagedOutput(terminal, 5, 80, () -> {
            throw new IOException("no such program");
        }, cancels::get, always::get);
        out.write(lines(10));
        out.write(lines(2));
        out.close();
        assertEquals(lines(10) + lines(2), terminal.toString());
    }

    @Test
    void ctrlCStopsAResultThatIsPrintingAndTheNextOnePrints() throws IOException {
        PagedOutput direct = output(0, 80);
        direct.write("row 1\n");
        cancels.incrementAndGet();
        assertThrows(InterruptedIOException.class, () -> direct.write(lines(100_000)));
        direct.write("next\n");
        direct.close();
        assertEquals("row 1\nnext\n", terminal.toString(), "whole lines: nothing to end");
        assertEquals(0, pager.starts, "0 rows: no pager at all");
    }
}
