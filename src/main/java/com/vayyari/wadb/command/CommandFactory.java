package com.vayyari.wadb.command;

import com.vayyari.wadb.exit.WadbException;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds command objects with the session provider of their door, and with the way that door runs a nested
 * command line ({@code export --command}); other classes come from picocli's default factory.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final SessionProvider sessions;
    private final NestedCommands nested;

    public CommandFactory(SessionProvider sessions) {
        this(sessions, (line, flags, session) -> {
            throw WadbException.usage("a command line cannot be nested here");
        });
    }

    private CommandFactory(SessionProvider sessions, NestedCommands nested) {
        this.sessions = sessions;
        this.nested = nested;
    }

    /** The same factory, whose commands run nested command lines through {@code runner} (the door's dispatcher). */
    public CommandFactory nestingThrough(NestedCommands runner) {
        return new CommandFactory(sessions, runner);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(SessionProvider.class);
            K command = constructor.newInstance(sessions);
            if (command instanceof DomainCommand domain) {
                domain.nested = nested;
            }
            return command;
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
