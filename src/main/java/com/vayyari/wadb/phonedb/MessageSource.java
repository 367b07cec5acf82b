package com.vayyari.wadb.phonedb;

import java.sql.SQLException;
import java.util.Collection;

/** The chats and messages of one phone database, whatever its layout. */
interface MessageSource {

    /** Receives the messages, one at a time, in the file's order. */
    @FunctionalInterface
    interface Sink {
        void accept(PhoneMessage message) throws SQLException;
    }

    Generation generation();

    /** Every chat a message or call belongs to, and the chats the phone lists without messages. */
    Collection<PhoneChat> chats() throws SQLException;

    /** How many rows {@link #forEach} reads (a few, such as edits, hand no message of their own): a progress bar's 100%. */
    long size() throws SQLException;

    /** Streams the messages (calls included): memory stays flat at any size. */
    void forEach(Sink sink) throws SQLException;
}
