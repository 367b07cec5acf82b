package com.vayyari.wadb.warm;

import java.io.IOException;
import java.io.OutputStream;

/** Bytes for the client's stdout or stderr, sent as frames of one type. */
final class FrameOutputStream extends OutputStream {

    private final Frames.Writer writer;
    private final byte type;

    FrameOutputStream(Frames.Writer writer, byte type) {
        this.writer = writer;
        this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writer.data(type, b, off, len);
    }
}
