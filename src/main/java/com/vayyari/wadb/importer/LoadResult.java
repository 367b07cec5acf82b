package com.vayyari.wadb.importer;

/** What loading the messages did, before the transaction ends. */
record LoadResult(ParseReport parse, long sent, long inserted, long mediaRows) {
}
