package com.vayyari.wadb.generate;

/** Someone with a WhatsApp account: {@code <digits>@s.whatsapp.net} and the name they are saved under. */
record Person(String jid, String name) {

    static final String SUFFIX = "@s.whatsapp.net";

    static Person of(String digits, String name) {
        return new Person(digits + SUFFIX, name);
    }

    /** The phone number, country code first, without {@code +}. */
    String digits() {
        return jid.substring(0, jid.length() - SUFFIX.length());
    }
}
