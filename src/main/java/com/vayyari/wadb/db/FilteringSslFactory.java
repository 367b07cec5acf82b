package com.vayyari.wadb.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Properties;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.postgresql.ssl.LibPQFactory;
import org.postgresql.util.PSQLException;

/**
 * pgjdbc's own TLS factory (libpq's sslmode, sslrootcert, sslcert … rules), with the decrypted server messages read
 * through {@link ServerMessageStream}, so a non-ISO DateStyle keeps a TLS connection too (see
 * {@link FilteringSocketFactory}). pgjdbc makes it from its {@code sslfactory} property with the connection's
 * properties.
 */
public final class FilteringSslFactory extends LibPQFactory {

    public FilteringSslFactory(Properties info) throws PSQLException {
        super(info);
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return new FilteredSslSocket((SSLSocket) super.createSocket(socket, host, port, autoClose));
    }

    /**
     * A TLS socket passing every call to pgjdbc's, its input read through {@link ServerMessageStream}. pgjdbc sets
     * timeouts, buffer sizes and keep-alive on the socket it is given, so those go to the real one too.
     */
    private static final class FilteredSslSocket extends SSLSocket {
        private final SSLSocket tls;
        private ServerMessageStream in;

        FilteredSslSocket(SSLSocket tls) {
            this.tls = tls;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new ServerMessageStream(tls.getInputStream());
            }
            return in;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return tls.getOutputStream();
        }

        @Override
        public void startHandshake() throws IOException {
            tls.startHandshake();
        }

        @Override
        public SSLSession getSession() {
            return tls.getSession();
        }

        @Override
        public SSLSession getHandshakeSession() {
            return tls.getHandshakeSession();
        }

        @Override
        public SSLParameters getSSLParameters() {
            return tls.getSSLParameters();
        }

        @Override
        public void setSSLParameters(SSLParameters params) {
            tls.setSSLParameters(params);
        }

        @Override
        public String getApplicationProtocol() {
            return tls.getApplicationProtocol();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return tls.getSupportedCipherSuites();
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return tls.getEnabledCipherSuites();
        }

        @Override
        public void setEnabledCipherSuites(String[] suites) {
            tls.setEnabledCipherSuites(suites);
        }

        @Override
        public String[] getSupportedProtocols() {
            return tls.getSupportedProtocols();
        }

        @Override
        public String[] getEnabledProtocols() {
            return tls.getEnabledProtocols();
        }

        @Override
        public void setEnabledProtocols(String[] protocols) {
            tls.setEnabledProtocols(protocols);
        }

        @Override
        public void addHandshakeCompletedListener(HandshakeCompletedListener listener) {
            tls.addHandshakeCompletedListener(listener);
        }

        @Override
        public void removeHandshakeCompletedListener(HandshakeCompletedListener listener) {
            tls.removeHandshakeCompletedListener(listener);
        }

        @Override
        public void setUseClientMode(boolean mode) {
            tls.setUseClientMode(mode);
        }

        @Override
        public boolean getUseClientMode() {
            return tls.getUseClientMode();
        }

        @Override
        public void setNeedClientAuth(boolean need) {
            tls.setNeedClientAuth(need);
        }

        @Override
        public boolean getNeedClientAuth() {
            return tls.getNeedClientAuth();
        }

        @Override
        public void setWantClientAuth(boolean want) {
            tls.setWantClientAuth(want);
        }

        @Override
        public boolean getWantClientAuth() {
            return tls.getWantClientAuth();
        }

        @Override
        public void setEnableSessionCreation(boolean flag) {
            tls.setEnableSessionCreation(flag);
        }

        @Override
        public boolean getEnableSessionCreation() {
            return tls.getEnableSessionCreation();
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            tls.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws SocketException {
            return tls.getSoTimeout();
        }

        @Override
        public void setTcpNoDelay(boolean on) throws SocketException {
            tls.setTcpNoDelay(on);
        }

        @Override
        public boolean getTcpNoDelay() throws SocketException {
            return tls.getTcpNoDelay();
        }

        @Override
        public void setKeepAlive(boolean on) throws SocketException {
            tls.setKeepAlive(on);
        }

        @Override
        public boolean getKeepAlive() throws SocketException {
            return tls.getKeepAlive();
        }

        @Override
        public void setReceiveBufferSize(int size) throws SocketException {
            tls.setReceiveBufferSize(size);
        }

        @Override
        public int getReceiveBufferSize() throws SocketException {
            return tls.getReceiveBufferSize();
        }

        @Override
        public void setSendBufferSize(int size) throws SocketException {
            tls.setSendBufferSize(size);
        }

        @Override
        public int getSendBufferSize() throws SocketException {
            return tls.getSendBufferSize();
        }

        @Override
        public InetAddress getInetAddress() {
            return tls.getInetAddress();
        }

        @Override
        public int getPort() {
            return tls.getPort();
        }

        @Override
        public SocketAddress getRemoteSocketAddress() {
            return tls.getRemoteSocketAddress();
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return tls.getLocalSocketAddress();
        }

        @Override
        public boolean isConnected() {
            return tls.isConnected();
        }

        @Override
        public boolean isClosed() {
            return tls.isClosed();
        }

        @Override
        public void shutdownInput() throws IOException {
            tls.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            tls.shutdownOutput();
        }

        @Override
        public void close() throws IOException {
            tls.close();
        }

        @Override
        public String toString() {
            return tls.toString();
        }
    }
}
