package com.vayyari.wadb.describe;

import com.vayyari.wadb.exit.ExitCode;
import com.vayyari.wadb.exit.WadbException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every describe command ({@code \d…}, {@code \l}, {@code \z}, {@code \sf}, {@code \sv}, {@code \lo_list}): the one
 * table the backslash dispatcher, {@code \?} and completion read, gathered from the files that implement them,
 * in {@code \?} order.
 */
public final class DescribeCommands {

    /** Every describe command. */
    public static final List<DescribeCommand> TABLE = gather();

    /** The same, longest prefix first, so that {@code \dconfig} is not taken for {@code \dc}. */
    private static final List<DescribeCommand> BY_PREFIX = TABLE.stream()
            .sorted(Comparator.comparingInt((DescribeCommand c) -> c.prefix().length()).reversed()).toList();

    private DescribeCommands() {
    }

    private static List<DescribeCommand> gather() {
        List<DescribeCommand> all = new ArrayList<>();
        all.addAll(RelationDetails.COMMANDS);
        all.addAll(RelationLists.COMMANDS);
        all.addAll(ObjectSource.COMMANDS);
        all.addAll(RoutineLists.COMMANDS);
        all.addAll(OperatorLists.COMMANDS);
        all.addAll(TypeLists.COMMANDS);
        all.addAll(CommentLists.COMMANDS);
        all.addAll(AccessLists.COMMANDS);
        all.addAll(SchemaLists.COMMANDS);
        all.addAll(RoleLists.COMMANDS);
        all.addAll(PartitionLists.COMMANDS);
        all.addAll(AccessMethodLists.COMMANDS);
        all.addAll(ServerObjectLists.COMMANDS);
        all.addAll(ConversionLists.COMMANDS);
        all.addAll(ForeignDataLists.COMMANDS);
        all.addAll(TextSearchLists.COMMANDS);
        all.addAll(PublicationLists.COMMANDS);
        all.addAll(ExtensionLists.COMMANDS);
        return List.copyOf(all);
    }

    /** The command {@code typed} (a name as typed after the backslash, modifiers included) names, if any. */
    public static Optional<DescribeCommand> resolve(String typed) {
        return BY_PREFIX.stream().filter(command -> command.accepts(typed)).findFirst();
    }

    /**
     * Runs {@code command} as typed with {@code patterns}; the exit code as psql's command would have it: a failure
     * with psql's message is thrown, a failure psql reports without one (a query only shown, ECHO_HIDDEN noexec)
     * is returned as {@link ExitCode#COMMAND}.
     */
    public static int run(Catalog catalog, DescribeCommand command, String typed, List<String> patterns) {
        try {
            return command.handler().run(catalog, new DescribeCommand.Call(typed, patterns)) ? ExitCode.OK : ExitCode.COMMAND;
        } catch (Catalog.HiddenOnly shownOnly) {
            return ExitCode.COMMAND;
        } catch (CatalogQuery.PatternException e) {
            throw WadbException.command(e.getMessage());
        }
    }
}
