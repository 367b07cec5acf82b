package com.vayyari.wadb.describe;

import static com.vayyari.wadb.describe.DescribeCommand.Names.RELATION;

import java.util.List;

/** {@code \d [PATTERN]}: psql's describeTableDetails, one block per relation; with no pattern, the list. */
final class RelationDetails {

    static final List<DescribeCommand> COMMANDS = List.of(
            new DescribeCommand("d", "S+", "\\d[S+] [NAME]", "describe table, view, sequence, or index; list relations",
                    RELATION, 1, RelationDetails::describe));

    private RelationDetails() {
    }

    private static boolean describe(Catalog catalog, DescribeCommand.Call call) {
        if (call.pattern() == null) {
            return RelationLists.list(catalog, "tvmsE", null, call.verbose(), call.system());
        }
        throw Catalog.failure("not yet");
    }
}
