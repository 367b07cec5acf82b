package com.vayyari.wadb.importer;

/**
 * Who sent a message: the display name as the export shows it (marks removed), a JID when that name is a
 * phone number ({@code +91 98765 43210} → {@code 919876543210@s.whatsapp.net}), and whether it is "me".
 */
final class Senders {

    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    private final String meName;
    private final String meJid;

    /** @param meName the name (or phone number) the export uses for the account's owner; null: nobody is "me" */
    Senders(String meName) {
        this.meName = meName == null || meName.isBlank() ? null : InvisibleMarks.clean(meName);
        this.meJid = this.meName == null ? null : jidOf(this.meName);
    }

    /** The display name: the raw text before ": " without marks and odd spaces. */
    static String name(String raw) {
        return InvisibleMarks.clean(raw);
    }

    /** {@code <digits>@s.whatsapp.net} for a name written as an international phone number, else null. */
    static String jidOf(String name) {
        if (name.length() < MIN_DIGITS + 1 || name.charAt(0) != '+') {
            return null;
        }
        StringBuilder digits = new StringBuilder(MAX_DIGITS + 15);
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
                return null;
            }
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return null;
        }
        return digits.append("@s.whatsapp.net").toString();
    }

    boolean isMe(String name, String jid) {
        return meName != null && (meName.equals(name) || (meJid != null && meJid.equals(jid)));
    }
}
