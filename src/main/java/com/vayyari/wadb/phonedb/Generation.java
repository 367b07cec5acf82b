package com.vayyari.wadb.phonedb;

/** The three layouts of {@code msgstore.db}, told apart by where the rows are, not by which tables exist. */
enum Generation {
    /** Rows in {@code messages}, keyed by {@code key_remote_jid}; no {@code message} table. */
    LEGACY("legacy"),
    /** Both tables exist; the rows are still in legacy {@code messages} ({@code message} has only a placeholder). */
    TRANSITIONAL("transitional"),
    /** Rows in {@code message}, chats and people through the {@code jid} table. */
    MODERN("modern"),
    /** iOS {@code ChatStorage.sqlite}. */
    IOS("iOS ChatStorage");

    private final String label;

    Generation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
