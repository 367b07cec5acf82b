package com.vayyari.wadb.importer;

/**
 * A chat export that cannot be imported: not text, a damaged zip, no message line, unparsable lines under
 * {@code strict}. The message is one line meant for the user; the import has changed nothing when it is thrown.
 *
 * <p>Unchecked so it can leave the message iterator, which is where most of these are found.
 */
public final class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(oneLine(message));
    }

    public ImportException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
