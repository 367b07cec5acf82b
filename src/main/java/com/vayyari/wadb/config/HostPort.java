package com.vayyari.wadb.config;

/** One server address of a (possibly multi-host) connection. */
public record HostPort(String host, int port) {

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
