package com.vayyari.wadb.warm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.Main;
import com.vayyari.wadb.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Main.run's cancellation, which the warm server calls when its client goes away. */
class CancellationTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void aCommandWhoseClientWentAwayBeforeItBeganRunsNothing() throws Exception {
        db.execute("CREATE TABLE marks (n int)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--url", db.url(), "-c", "insert into marks values (1)"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Path.of("."),
                Runnable::run);  // cancelled at once, as when the client is gone before the command starts
        assertEquals(1, code);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("wadb: cancelled\n", err.toString(StandardCharsets.UTF_8));
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM marks")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
