package com.vayyari.wadb.exit;

/**
 * A statement the server refused, carrying the text psql would print for it ({@code ERROR:  …}, LINE and caret,
 * DETAIL, HINT …). It is printed as it is, without wadb's name in front; in scripts the file and line go first.
 */
public final class ServerMessageException extends WadbException {

    private static final long serialVersionUID = 1L;

    public ServerMessageException(String text, Throwable cause) {
        super(ExitCode.COMMAND, text.strip(), cause);
    }
}
