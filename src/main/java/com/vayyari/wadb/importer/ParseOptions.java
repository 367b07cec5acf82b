package com.vayyari.wadb.importer;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read an export.
 *
 * @param zone      zone whose rules turn the export's local times into instants ({@code --tz})
 * @param dateOrder forced day/month order ({@code --date-order}), or null to decide from the file
 * @param meName    the name the export uses for the account's owner ({@code --me}), or null
 */
public record ParseOptions(ZoneId zone, DateOrder dateOrder, String meName) {

    public ParseOptions {
        Objects.requireNonNull(zone, "zone");
    }

    /** The caller's zone (the importer has no way to know it: the caller says), order from the file, nobody is "me". */
    public static ParseOptions defaults(ZoneId zone) {
        return new ParseOptions(zone, null, null);
    }
}
