package com.vayyari.wadb.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The sockets wadb's connections use, so that pgjdbc sees the server as psql does where the two differ. Two messages
 * are adjusted on the way in (see {@link ServerMessageStream}); everything else passes unchanged:
 * <ul>
 *   <li>pgjdbc drops a connection as soon as the server reports a DateStyle that does not start with ISO
 *       ({@code SET datestyle = German}, a role's default, PGDATESTYLE), because it would parse dates from text;
 *       wadb never has pgjdbc parse a date or time (every value is read as the server's text, printed as psql
 *       prints it), so the report is passed on with {@code ISO, } in front, which is all pgjdbc checks.</li>
 *   <li>In the answer to a text sent whole, a rule's extra query starts a new result set without the previous one
 *       being completed; libpq takes it as a new result, pgjdbc would drop the earlier rows, so the earlier result
 *       is completed first (see {@link com.vayyari.wadb.sql.WholeTextScope}).</li>
 * </ul>
 * Over TLS the same is done above the encryption by {@link FilteringSslFactory}.
 */
public final class FilteringSocketFactory extends SocketFactory {

    /** pgjdbc makes one through its {@code socketFactory} property. */
    public FilteringSocketFactory() {
        // no state: each socket keeps its own
    }

    @Override
    public Socket createSocket() {
        return new FilteredSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private static Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = new FilteredSocket();
        if (local != null) {
            socket.bind(local);
        }
        socket.connect(remote);
        return socket;
    }

    /** A plain TCP socket whose two streams are made once, so a TLS layer over it shares their state. */
    private static final class FilteredSocket extends Socket {
        private ServerMessageStream in;
        private ClientRequestWatch out;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new ServerMessageStream(super.getInputStream());
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new ClientRequestWatch(super.getOutputStream(), (ServerMessageStream) getInputStream());
            }
            return out;
        }
    }
}
