package com.vayyari.wadb.importer;

import java.util.Locale;

/** Order of day, month and year in an export's dates; exports follow the phone's locale. */
public enum DateOrder {
    DMY, MDY, YMD;

    /** Parses {@code dmy}, {@code mdy} or {@code ymd} (any case), as {@code --date-order} takes it. */
    public static DateOrder parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date order must be dmy, mdy or ymd, not '" + text + "'");
        }
    }

    /** The lower-case name, as the option spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
