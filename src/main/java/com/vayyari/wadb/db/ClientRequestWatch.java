package com.vayyari.wadb.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What a client sends, passed on unchanged, watched only for the requests the server answers with one byte instead
 * of a message (SSLRequest, GSSENCRequest), so that {@link ServerMessageStream} reads that byte as such. Watching
 * ends at the first other packet (the startup or cancel packet), after which the client sends typed messages.
 */
final class ClientRequestWatch extends FilterOutputStream {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSSENC_REQUEST = 80877104;

    private final ServerMessageStream server;
    private final byte[] packetStart = new byte[8];
    private int filled;
    private boolean watching = true;

    ClientRequestWatch(OutputStream out, ServerMessageStream server) {
        super(out);
        this.server = server;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len && watching; i++) {
            packetStart[filled++] = b[off + i];
            if (filled == packetStart.length) {
                int length = ServerMessageStream.int32(packetStart, 0);
                int code = ServerMessageStream.int32(packetStart, 4);
                if (length == 8 && (code == SSL_REQUEST || code == GSSENC_REQUEST)) {
                    server.expectOneByteAnswer();
                    filled = 0;
                } else {
                    watching = false;
                }
            }
        }
        out.write(b, off, len);
    }
}
