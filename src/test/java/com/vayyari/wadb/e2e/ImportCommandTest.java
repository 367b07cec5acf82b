package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} behind the command-line and piped doors: rows, idempotence, dry run, refusals. */
class ImportCommandTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.withSchema();

    @TempDir
    Path dir;

    private static final String EXPORT = """
            31/12/2020, 22:15 - Asha: Happy new year almost!
            31/12/2020, 23:59 - +91 98765 43210: Hello
            second line
            01/01/2021, 00:01 - Asha created group "Family"
            01/01/2021, 00:02 - Asha: <Media omitted>
            """;

    private String rows() {
        return wadb().run("--url", db.url(), "-A", "-t", "-c",
                "select \"timestamp\", coalesce(sender_jid, ''), is_from_me, coalesce(content, ''), coalesce(media_type, '') "
                        + "from messages where metadata->>'kind' is null order by \"timestamp\"").out();
    }

    @Test
    void importsOnceDryRunsAndRefusesBadInputChangingNothing() throws Exception {
        Path file = dir.resolve("WhatsApp Chat with Family.txt");
        Files.writeString(file, EXPORT);

        Result dry = wadb().run("--url", db.url(), "import", file.toString(), "--chat", "919999999999@c.us",
                "--tz", "Asia/Kolkata", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.err().startsWith("dry run: would import 3 of 3 messages"), dry.err());
        assertEquals("", rows());

        Result first = wadb().run("--url", db.url(), "import", file.toString(), "--chat", "919999999999@c.us",
                "--tz", "Asia/Kolkata", "--me", "Asha");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("1 WhatsApp lines kept apart"), first.err());
        assertEquals("""
                1609433100||t|Happy new year almost!|
                1609439340|919876543210@s.whatsapp.net|f|Hello
                second line|
                1609439520||t||unknown
                """, rows());
        assertEquals("system|Asha created group \"Family\"|\n", wadb().run("--url", db.url(), "-A", "-t", "-c",
                "select metadata->>'kind', content, coalesce(sender_name, '') from messages "
                        + "where metadata->>'kind' is not null").out(), "WhatsApp's own line is kept apart");

        Result again = wadb().stdin("import '" + file + "' --chat 919999999999@s.whatsapp.net --tz Asia/Kolkata\n")
                .run("--url", db.url());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("imported 0 of 3 messages") && again.err().contains("3 already present"), again.err());

        String before = rows();
        Result badJid = wadb().run("--url", db.url(), "import", file.toString(), "--chat", "not-a-jid");
        assertEquals(1, badJid.exitCode());
        assertTrue(badJid.err().contains("not a WhatsApp JID"), badJid.err());
        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Result bad = wadb().run("--url", db.url(), "import", binary.toString(), "--chat", "919999999999@c.us");
        assertEquals(1, bad.exitCode());
        assertEquals(1, bad.err().lines().count(), bad.err());
        Result readOnly = wadb().run("--url", db.url(), "--read-only", "import", file.toString(), "--chat", "919999999999@c.us");
        assertEquals(1, readOnly.exitCode());
        assertEquals(before, rows());
    }
}
