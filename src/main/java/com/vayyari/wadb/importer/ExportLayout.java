package com.vayyari.wadb.importer;

import java.util.Locale;

/** The two line layouts WhatsApp writes: Android's {@code date, time - Name: text}, iOS's {@code [date, time] Name: text}. */
public enum ExportLayout {
    ANDROID, IOS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
