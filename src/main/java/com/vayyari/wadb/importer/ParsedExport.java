package com.vayyari.wadb.importer;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The messages of an export, read one at a time from the second pass over the file: only the message being
 * assembled is held, so memory stays flat. {@link #report()} is complete once {@link #hasNext()} is false.
 *
 * <p>Iteration throws {@link ImportException} when the file turns out not to be text.
 */
public final class ParsedExport implements Iterator<ParsedMessage>, Closeable {

    private static final String EDITED = "<This message was edited>";

    private final ExportSource source;
    private final ExportScanner.Scan scan;
    private final ParseOptions options;
    private final ExportLines lines;
    private final ExportLayout layout;
    private final TimestampResolver time;
    private final Senders senders;
    private final ParseStats stats;
    private final long totalLines;
    private final HeaderMatcher header = new HeaderMatcher();

    private final StringBuilder body = new StringBuilder();
    private boolean open;
    private long startLine;
    private long startTime;
    private String rawSender;
    private boolean seenHeader;
    /** Whether the last header could not be read: the lines after it go unread too. */
    private boolean unreadable;
    private boolean done;
    private ParsedMessage ready;

    ParsedExport(ExportSource source, ExportScanner.Scan scan, ParseOptions options) {
        this.source = source;
        this.scan = scan;
        this.options = options;
        this.layout = scan.layout();
        this.time = new TimestampResolver(options.zone(), scan.dateOrder());
        this.senders = new Senders(options.meName());
        this.stats = new ParseStats(source.name(), scan, options);
        this.totalLines = scan.lines();
        this.lines = new ExportLines(source);
    }

    @Override
    public boolean hasNext() {
        if (ready == null && !done) {
            ready = advance();
        }
        return ready != null;
    }

    @Override
    public ParsedMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedMessage message = ready;
        ready = null;
        return message;
    }

    /** The messages as a sequential stream; closing it closes the file. */
    public Stream<ParsedMessage> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** What was read so far; the whole file's once iteration has ended. */
    public ParseReport report() {
        return stats.report();
    }

    /** Lines in the file (known from the first pass): the 100% of a progress bar. */
    public long totalLines() {
        return totalLines;
    }

    /** Lines read so far. */
    public long linesRead() {
        return lines.number();
    }

    /** The same export from its first message again, without a new first pass. */
    ParsedExport reopen() {
        return new ParsedExport(source, scan, options);
    }

    @Override
    public void close() {
        lines.close();
    }

    private ParsedMessage advance() {
        while (true) {
            String line = lines.next();
            if (line == null) {
                done = true;
                stats.controlChars(lines.controlChars());
                close();
                return finish();
            }
            if (header.match(line, scan.shape())) {
                ParsedMessage finished = finish();
                start();
                if (finished != null) {
                    return finished;
                }
            } else if (header.headerLike() && seenHeader) {
                // A date and time written another way: a message from elsewhere, not part of the one before.
                ParsedMessage finished = finish();
                unreadable = true;
                stats.foreignHeader(lines.number());
                if (finished != null) {
                    return finished;
                }
            } else {
                account(line);
            }
        }
    }

    /** A line that is no header: continues the message, notice or unreadable line before it, or precedes them all. */
    private void account(String line) {
        if (open) {
            body.append('\n').append(line);
            stats.continuation();
        } else if (unreadable || (!seenHeader && !line.isBlank())) {
            stats.unparsed(lines.number());
        } else if (seenHeader) {
            stats.continuation();
        } else {
            stats.blank();
        }
    }

    /** Opens the message (or notice) whose header {@link #header} just matched. */
    private void start() {
        seenHeader = true;
        long epoch = time.resolve(header);
        unreadable = epoch == TimestampResolver.INVALID;
        if (unreadable) {
            stats.unparsed(lines.number());
            return;
        }
        String rest = header.rest();
        int colon = rest.indexOf(": ");
        boolean notice = colon < 0
                || (layout == ExportLayout.ANDROID && SystemLines.isQuotingNotice(rest.substring(0, colon)));
        open = true;
        startLine = lines.number();
        startTime = epoch;
        // A notice has no sender: WhatsApp wrote it (null marks that for finish()).
        rawSender = notice ? null : rest.substring(0, colon);
        body.setLength(0);
        body.append(rest, notice ? 0 : colon + 2, rest.length());
    }

    /** Closes the open message (a person's, or WhatsApp's own line with its kind): null when none was open. */
    private ParsedMessage finish() {
        if (!open) {
            return null;
        }
        open = false;
        String text = body.toString().stripTrailing();
        boolean marked = InvisibleMarks.startsWithMark(text);
        text = InvisibleMarks.stripLeading(text);
        boolean edited = text.endsWith(EDITED);
        if (edited) {
            text = InvisibleMarks.stripTrailingMarks(text.substring(0, text.length() - EDITED.length()));
        }
        int newline = text.indexOf('\n');
        String rawFirstLine = newline < 0 ? text : text.substring(0, newline);
        String firstLine = InvisibleMarks.clean(rawFirstLine);
        MediaPlaceholders.Media media = null;
        WhatsAppLineKind kind = WhatsAppLineKind.SYSTEM;
        if (rawSender != null) {
            // Placeholders first: they are most of the text iOS marks as WhatsApp's, and never one of its notices.
            media = MediaPlaceholders.classify(rawFirstLine, firstLine, newline < 0 ? null : text.substring(newline + 1));
            kind = media == null ? SystemLines.kindOf(firstLine, marked) : null;
        }
        if (kind != null) {
            return whatsAppLine(kind, text, edited);
        }
        String name = Senders.name(rawSender);
        String jid = Senders.jidOf(name);
        stats.message(media != null);
        if (media == null) {
            return new ParsedMessage(startLine, startTime, name, jid, senders.isMe(name, jid), text, null, null, false,
                    edited, null);
        }
        return new ParsedMessage(startLine, startTime, name, jid, senders.isMe(name, jid), media.caption(),
                media.mediaType(), media.fileName(), media.attached(), edited, null);
    }

    /**
     * WhatsApp's own line, kept with its kind. A stub or a missed call keeps the sender it stands for; a notice
     * has none (iOS writes the chat's name there).
     */
    private ParsedMessage whatsAppLine(WhatsAppLineKind kind, String text, boolean edited) {
        stats.systemLine();
        String name = kind == WhatsAppLineKind.SYSTEM ? null : Senders.name(rawSender);
        String jid = name == null ? null : Senders.jidOf(name);
        return new ParsedMessage(startLine, startTime, name, jid, name != null && senders.isMe(name, jid), text, null,
                null, false, edited, kind.label());
    }
}
