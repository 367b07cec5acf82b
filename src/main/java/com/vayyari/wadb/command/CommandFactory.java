package com.vayyari.wadb.command;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds command objects with the session provider of their door; others come from picocli's default factory. */
public final class CommandFactory implements CommandLine.IFactory {

    private final SessionProvider sessions;

    public CommandFactory(SessionProvider sessions) {
        this.sessions = sessions;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(SessionProvider.class);
            return constructor.newInstance(sessions);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
