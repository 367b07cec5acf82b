package com.vayyari.wadb.db;

/**
 * An optional part of the schema, applied after setup.sql by {@code setup --NAME}: a DDL file of ddl/ that needs a
 * server extension of the same name. Setup checks for the extension before it changes anything.
 */
public enum SchemaAddOn {
    /** ddl/citus.sql: distributes the schema over a Citus cluster. */
    CITUS("citus", "so the schema cannot be distributed"),
    /** ddl/rum.sql: a RUM index that ranks search hits inside the index. */
    RUM("rum", "(Debian: postgresql-15-rum), so the RUM index cannot be built");

    private final String extension;
    private final String without;

    SchemaAddOn(String extension, String without) {
        this.extension = extension;
        this.without = without;
    }

    /** The server extension it needs, which is also its option's name and its file's. */
    public String extension() {
        return extension;
    }

    String fileName() {
        return extension + ".sql";
    }

    /** Why setup refuses on a server that lacks the extension. */
    String missing(String hosts) {
        return "setup --" + extension + ": the server at " + hosts + " has no " + extension + " extension " + without
                + "; nothing was changed";
    }
}
