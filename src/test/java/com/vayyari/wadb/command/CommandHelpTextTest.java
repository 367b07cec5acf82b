package com.vayyari.wadb.command;

import static com.vayyari.wadb.support.WadbRun.wadb;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vayyari.wadb.support.WadbRun.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help}: picocli formats it with String.format, so a bare % in it warned on every call. */
class CommandHelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        // picocli's tracer writes its warnings to System.err itself, past the streams a run is given.
        PrintStream realErr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        List<String> failures = new ArrayList<>();
        System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
        try {
            for (Class<?> type : Commands.ALL) {
                String name = type.getAnnotation(CommandLine.Command.class).name();
                Result help = wadb().run(name, "--help");
                String warned = traced.toString(StandardCharsets.UTF_8);
                traced.reset();
                if (help.exitCode() != 0 || !help.err().isEmpty() || !warned.isEmpty() || help.out().contains("%%")) {
                    failures.add(name + ": " + help.exitCode() + " " + help.err() + warned);
                }
            }
        } finally {
            System.setErr(realErr);
        }
        assertEquals(List.of(), failures);
    }
}
