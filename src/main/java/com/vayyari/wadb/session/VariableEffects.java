package com.vayyari.wadb.session;

import java.util.Locale;

/**
 * What psql's special variables do to a session (the assign hooks of startup.c): ON_ERROR_STOP, QUIET, VERBOSITY,
 * SHOW_CONTEXT, FETCH_COUNT; and the variables psql sets on connecting (DBNAME, USER, HOST, PORT, the versions).
 */
final class VariableEffects {

    private VariableEffects() {
    }

    static void install(Session session) {
        connectionVariables(session);
        session.variables().onChange(name -> changed(session, name));
    }

    private static void changed(Session session, String name) {
        Variables variables = session.variables();
        switch (name) {
            case "ON_ERROR_STOP" -> {
                session.psqlErrorHandling(true);
                session.options(session.options().withOnErrorStop(variables.isOn(name)));
            }
            case "QUIET" -> session.options(session.options().withQuiet(variables.isOn(name)));
            case "VERBOSITY" -> session.errorStyle(session.errorStyle().withVerbosity(
                    ErrorStyle.Verbosity.valueOf(variables.choice(name).toUpperCase(Locale.ROOT))));
            case "SHOW_CONTEXT" -> session.errorStyle(session.errorStyle().withShowContext(
                    ErrorStyle.ShowContext.valueOf(variables.choice(name).toUpperCase(Locale.ROOT))));
            case "FETCH_COUNT" -> session.print(session.print().withFetchCount(Math.max(0,
                    Variables.parseNumber(variables.get(name).orElse("0")).orElse(0))));
            default -> { }
        }
    }

    /** DBNAME, USER, HOST, PORT as psql sets them on connecting; the server's version when first asked for. */
    private static void connectionVariables(Session session) {
        Variables variables = session.variables();
        var settings = session.settings();
        variables.record("DBNAME", settings.database());
        variables.record("USER", settings.user());
        variables.record("HOST", settings.hosts().get(0).host());
        variables.record("PORT", String.valueOf(settings.hosts().get(0).port()));
        variables.fromServer("SERVER_VERSION_NUM", () -> serverSetting(session, "server_version_num"));
        variables.fromServer("SERVER_VERSION_NAME", () -> serverSetting(session, "server_version"));
        variables.fromServer("VERSION", () -> "wadb (psql 15 compatible), server " + serverSetting(session, "server_version"));
        variables.record("VERSION_NAME", "15");
        variables.record("VERSION_NUM", "150000");
    }

    private static String serverSetting(Session session, String name) {
        return SingleValue.of(session, "select current_setting(?)", name);
    }
}
