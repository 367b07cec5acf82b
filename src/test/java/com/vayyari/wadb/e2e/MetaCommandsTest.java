package com.vayyari.wadb.e2e;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vayyari.wadb.support.Processes;
import com.vayyari.wadb.support.TestDatabase;
import com.vayyari.wadb.support.WadbRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Backslash commands in scripts: the same output shapes as psql where psql has them. */
class MetaCommandsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path dir;

    @Test
    void includeRelativeResolvesAgainstTheScriptsDirectory() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner.sql"), "select 'inner' as w;\n");
        Files.writeString(dir.resolve("outer.sql"), "\\ir sub/inner.sql\n\\i " + dir.resolve("sub/inner.sql") + "\n");
        Result result = wadb().run("--url", db.url(), "-A", "-t", "-f", dir.resolve("outer.sql").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("inner\ninner\n", result.out());
    }

    @Test
    void timingPrintsPsqlsLineAfterEachStatement() {
        Result result = wadb().stdin("\\timing on\nselect 1;\nselect 2;\n").run("--url", db.url(), "-A", "-t");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)Timing is on\\.\n1\nTime: \\d+\\.\\d{3} ms.*\n2\nTime: \\d+\\.\\d{3} ms.*\n"), result.out());
    }

    @Test
    void expandedToggleAndPsetLikePsql() throws Exception {
        String script = "\\x\nselect 1 as a, 'b' as b;\n\\x off\n\\pset null (null)\nselect null as n;\n\\pset format unaligned\nselect 1 as a;\n";
        Result ours = wadb().stdin(script).run("--url", db.url());
        Processes.Result theirs = Processes.psqlWithInput(db.name(), script);
        assertEquals(0, ours.exitCode(), ours.err());
        assertEquals(theirs.out(), ours.out());
    }

    @Test
    void fetchCountPrintsBatchesExactlyAsPsqlDoes() throws Exception {
        String script = "\\set FETCH_COUNT 2\n"
                + "select * from (values (1, 'a'), (22, E'b\\nb'), (333333, 'c'), (4, 'dddddd'), (5, null)) v(a, b);\n"
                + "select g from generate_series(1, 4) g;\n"
                + "select 1 as x where false;\n";
        Result ours = wadb().stdin(script).run("--url", db.url());
        Processes.Result theirs = Processes.psqlWithInput(db.name(), script);
        assertEquals(0, ours.exitCode(), ours.err());
        assertEquals(theirs.out(), ours.out());
        Result flag = wadb().run("--url", db.url(), "-v", "FETCH_COUNT=1", "-c", "select g from generate_series(1, 3) g");
        assertEquals(Processes.psql(db.name(), "-v", "FETCH_COUNT=1", "-c", "select g from generate_series(1, 3) g").out(),
                flag.out());
    }

    @Test
    void helpPointsAtTheManualForSqlAndShowsCommandHelp() {
        Result sql = wadb().stdin("\\h create table\n").run("--url", db.url());
        assertEquals("\"CREATE TABLE\": https://www.postgresql.org/docs/current/sql-createtable.html\n", sql.out());
        Result command = wadb().stdin("\\h generate\n").run("--url", db.url());
        assertTrue(command.out().contains("--seed"), command.out());
    }

    @Test
    void clientSideCopyWritesWhatPsqlWritesAndReadsItBack() throws Exception {
        db.execute("drop table if exists c; create table c (id int, note text);"
                + "insert into c values (1, 'a,b'), (2, E'two\\nlines'), (3, ''), (4, null)");
        Path ours = dir.resolve("ours.csv");
        Path theirs = dir.resolve("theirs.csv");
        Result out = wadb().run("--url", db.url(), "-q", "-c",
                "\\copy (select * from c order by id) to '" + ours + "' with (format csv, header)");
        assertEquals(0, out.exitCode(), out.err());
        Processes.psql(db.name(), "-c", "\\copy (select * from c order by id) to '" + theirs + "' with (format csv, header)");
        assertEquals(Files.readString(theirs), Files.readString(ours));

        Result in = wadb().run("--url", db.url(), "-c", "\\copy c from '" + ours + "' with (format csv, header)");
        assertEquals(0, in.exitCode(), in.err());
        assertEquals(new Result(0, "COPY 4\n", ""), in, "psql prints the status where query output goes");
        Result count = wadb().run("--url", db.url(), "-A", "-t", "-c", "select count(*), count(note), count(*) filter (where note = '') from c");
        assertEquals("8|6|2\n", count.out());
    }

    /**
     * Where psql puts \\copy's "COPY n": on the query output (so into an -o file), never after rows that went there
     * too (to stdout), and not at all with -q. wadb used to print it on stderr whatever the case.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\copy (select 1) to 'FILE'   |",
        "\\copy (select 1) to 'FILE'   | -o",
        "\\copy (select 1) to 'FILE'   | -q",
        "\\copy (select 1) to stdout   |",
        "\\copy (select 1) to stdout   | -o",
        "\\copy copied from 'SOURCE'   |",
        "\\copy copied from 'SOURCE'   | -o"})
    void copyReportsItsRowsWherePsqlDoes(String command, String flag) throws Exception {
        db.execute("create table if not exists copied (n int)");
        Path source = Files.writeString(dir.resolve("source.txt"), "1\n2\n");
        Map<String, Processes.Result> results = new java.util.LinkedHashMap<>();
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String who : List.of("psql", "wadb")) {
            Path file = dir.resolve(who + ".copy");
            Path out = dir.resolve(who + ".out");
            List<String> args = new ArrayList<>(List.of("-A", "-t"));
            if ("-o".equals(flag)) {
                args.addAll(List.of("-o", out.toString()));
            } else if (flag != null) {
                args.add(flag);
            }
            args.addAll(List.of("-c", command.strip().replace("FILE", file.toString()).replace("SOURCE", source.toString())));
            if (who.equals("psql")) {
                results.put(who, Processes.psql(db.name(), args.toArray(String[]::new)));
            } else {
                args.addAll(0, List.of("--url", db.url()));
                Result r = wadb().run(args.toArray(String[]::new));
                results.put(who, new Processes.Result(r.exitCode(), r.out(), r.err()));
            }
            files.put(who, (Files.exists(file) ? Files.readString(file) : "(none)") + " / "
                    + (Files.exists(out) ? Files.readString(out) : "(none)"));
        }
        assertEquals(results.get("psql"), results.get("wadb"), "exit code, stdout and stderr");
        assertEquals(files.get("psql"), files.get("wadb"), "the copy's file / the -o file");
    }

    @Test
    void unknownBackslashCommandIsOneLineAndExitThree() {
        Result result = wadb().stdin("\\nonsense\nselect 1;\n").run("--url", db.url());
        assertEquals(3, result.exitCode());
        assertEquals("wadb: invalid command \\nonsense\n", result.err());
    }
}
