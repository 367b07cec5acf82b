package com.vayyari.wadb.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vayyari.wadb.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.util.PSQLException;

/** Every VERBOSITY and SHOW_CONTEXT gives the text psql 15 prints for the same server error. */
class ServerMessageTextTest {

    @RegisterExtension
    static final TestDatabase DB = new TestDatabase();

    private static final List<String> STATEMENTS = List.of(
            "select nosuch",
            "select nosuch_function(1)",
            "do $$ begin perform nosuch from nowhere; end $$",
            "do $$ begin raise exception 'boom' using detail = 'd', hint = 'h', errcode = '22000'; end $$",
            "select 1/0",
            "select 1 +");

    @Test
    void everyStyleAsPsql() throws Exception {
        for (ErrorStyle.Verbosity verbosity : ErrorStyle.Verbosity.values()) {
            for (ErrorStyle.ShowContext context : ErrorStyle.ShowContext.values()) {
                ErrorStyle style = new ErrorStyle(verbosity, context);
                for (String sql : STATEMENTS) {
                    assertEquals(psql(sql, style), wadb(sql, style), sql + " with " + style);
                }
            }
        }
    }

    private static String wadb(String sql, ErrorStyle style) throws Exception {
        try (Connection connection = DB.connect(); Statement statement = connection.createStatement()) {
            PSQLException e = assertThrows(PSQLException.class, () -> statement.execute(sql));
            return ServerMessageText.format(e.getServerErrorMessage(), sql, style, true);
        }
    }

    private static String psql(String sql, ErrorStyle style) throws Exception {
        TestDatabase.TestServer server = TestDatabase.TestServer.get();
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-h", server.host(), "-p",
                Integer.toString(server.port()), "-U", server.user(), "-d", DB.name(),
                "-v", "VERBOSITY=" + style.verbosity().name().toLowerCase(Locale.ROOT),
                "-v", "SHOW_CONTEXT=" + style.showContext().name().toLowerCase(Locale.ROOT), "-c", sql);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return err;
    }
}
