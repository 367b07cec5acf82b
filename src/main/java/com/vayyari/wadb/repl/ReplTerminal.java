package com.vayyari.wadb.repl;

import com.vayyari.wadb.session.Prompter;
import com.vayyari.wadb.session.TerminalRelay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;

/** The REPL's JLine terminal: this process's own, or the caller's as a warm server has it relayed. */
final class ReplTerminal {

    /** The order of {@link TerminalRelay#controlChars()}. */
    private static final ControlChar[] RELAYED_CHARS = {ControlChar.VINTR, ControlChar.VQUIT, ControlChar.VERASE,
        ControlChar.VKILL, ControlChar.VEOF, ControlChar.VSUSP, ControlChar.VWERASE, ControlChar.VLNEXT};

    private ReplTerminal() {
    }

    static Terminal build(TerminalRelay relay, boolean lineEditing) throws IOException {
        return relay == null ? system(lineEditing) : relayed(relay, lineEditing);
    }

    /**
     * JNI, else exec (stty processes). Not JLine's default, FFM: it spends most of a second linking its native
     * calls at every start (generated stubs, which no class-data archive keeps), and JLine initialises it whenever
     * it is enabled, even when it comes later in the list. psql -n (no line editing): a dumb terminal leaves the
     * tty as it is (the system's own line editing, as psql's fgets has it).
     */
    private static Terminal system(boolean lineEditing) throws IOException {
        TerminalBuilder builder = TerminalBuilder.builder().system(true).nativeSignals(true)
                .providers("jni,exec").ffm(false);
        return (lineEditing ? builder : builder.type(Terminal.TYPE_DUMB)).build();
    }

    /**
     * The caller's terminal over its relay. The caller's kernel keeps doing output processing ({@code \n} to
     * {@code \r\n}), so the emulated line discipline does none; input processing (echo while a statement runs,
     * Ctrl-C as Signal.INT, CR to NL) is JLine's, with the caller's own control characters. The client puts its
     * terminal in raw mode on {@link TerminalRelay#takeOver()} and restores it when it ends.
     */
    private static Terminal relayed(TerminalRelay relay, boolean lineEditing) throws IOException {
        Attributes attributes = new Attributes();
        attributes.setInputFlags(EnumSet.of(InputFlag.ICRNL, InputFlag.IXON, InputFlag.IUTF8));
        attributes.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ISIG, LocalFlag.IEXTEN, LocalFlag.ECHO,
                LocalFlag.ECHOE, LocalFlag.ECHOK, LocalFlag.ECHOCTL, LocalFlag.ECHOKE));
        byte[] chars = relay.controlChars();
        for (int i = 0; i < RELAYED_CHARS.length && i < chars.length; i++) {
            attributes.setControlChar(RELAYED_CHARS[i], chars[i] == 0 ? -1 : chars[i] & 0xff);  // 0: disabled
        }
        attributes.setControlChar(ControlChar.VMIN, 1);
        attributes.setControlChar(ControlChar.VTIME, 0);
        String type = lineEditing && !relay.type().isBlank() ? relay.type() : Terminal.TYPE_DUMB;
        ExternalTerminal terminal = new ExternalTerminal(null, "wadb", type, relay.keys(), relay.screen(),
                StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, false, attributes,
                new Size(relay.columns(), relay.rows())) {
            /** As the kernel's line discipline: "^C" only while echoing (not at the prompt), and at once. */
            @Override
            protected void echoSignal(Signal signal) {
                if (getAttributes().getLocalFlag(LocalFlag.ECHO)) {
                    super.echoSignal(signal);
                    flush();
                }
            }
        };
        relay.onResize(() -> {
            terminal.setSize(new Size(relay.columns(), relay.rows()));
            terminal.raise(Terminal.Signal.WINCH);
        });
        // Ctrl-Z stops the caller's process as it stops a direct run; JLine's reader redraws on CONT.
        terminal.handle(Terminal.Signal.TSTP, signal -> {
            try {
                relay.suspend();
            } catch (IOException e) {
                // the caller has gone; the keys' end of stream ends the shell
            }
        });
        relay.onContinue(() -> terminal.raise(Terminal.Signal.CONT));
        relay.attach(terminal.input(), prompter(terminal));
        relay.takeOver();
        return terminal;
    }

    /** Questions on the relayed terminal, with JLine's line editing (the kernel's is not there to do it). */
    private static Prompter prompter(Terminal terminal) {
        return new Prompter() {
            @Override
            public String readLine(String prompt) {
                return read(prompt, null);
            }

            @Override
            public char[] readPassword(String prompt) {
                String password = read(prompt, '\0');
                return password == null ? null : password.toCharArray();
            }

            private String read(String prompt, Character mask) {
                LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
                try {
                    return reader.readLine(prompt, mask);
                } catch (UserInterruptException | EndOfFileException e) {
                    return null;
                }
            }
        };
    }
}
