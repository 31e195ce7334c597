package org.looplab.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The line reader of router prompts and the lab console: IOS's keys only, nothing that reaches the host. */
class IosLineReaderTest {
    private static final String CLEAR_LINE = "\005\025"; // Ctrl-E Ctrl-U

    @Test
    void everyKeyMapNameIsTheOneAllowListedMap() throws Exception {
        try (Terminal terminal = terminal(new PipedInputStream())) {
            LineReader reader = IosLineReader.build(terminal, 5);
            var main = reader.getKeyMaps().get(LineReader.MAIN);
            reader.getKeyMaps().values().forEach(map -> assertSame(main, map));
            assertTrue(!reader.getWidgets().containsKey(LineReader.EDIT_AND_EXECUTE_COMMAND));
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang (an editor waiting for keys) fails instead of blocking the build
    void jlinesDefaultKeysNeitherTouchFilesNorStartProgramsAndTheLineStillReads() throws Exception {
        SortedSet<String> sequences = JLineDefaultKeys.controlSequences();
        assertTrue(sequences.contains("\030\005"), "JLine binds Ctrl-X Ctrl-E (its editor) by default");
        PipedInputStream in = new PipedInputStream(1 << 20);
        try (PipedOutputStream keys = new PipedOutputStream(in); Terminal terminal = terminal(in);
                HostAccessRecorder recorder = new HostAccessRecorder()) {
            LineReader reader = IosLineReader.build(terminal, 5);
            StringBuilder typed = new StringBuilder();
            sequences.forEach(sequence -> typed.append(sequence).append(CLEAR_LINE));
            typed.append("show clock\r");
            keys.write(typed.toString().getBytes(StandardCharsets.UTF_8));
            keys.flush();
            String line = "";
            while (!line.equals("show clock")) {
                try {
                    line = reader.readLine("R1#");
                } catch (UserInterruptException ctrlC) {
                    line = "";
                }
            }
            assertEquals(List.of(), recorder.accesses());
            assertEquals(0, ProcessHandle.current().descendants().count());
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPasteStartWithoutItsEndATrailingEscAndCtrlVSwallowNoLine() throws Exception {
        PipedInputStream in = new PipedInputStream();
        try (PipedOutputStream keys = new PipedOutputStream(in); Terminal terminal = terminal(in)) {
            LineReader reader = IosLineReader.build(terminal, 5);
            keys.write("\033[200~show clock\r\033\r\026show users\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertEquals("[200~show clock", reader.readLine("R1#"), "typed as text, not a paste waiting for its end");
            assertEquals("", reader.readLine("R1#"));
            assertEquals("show users", reader.readLine("R1#"));
        }
    }

    private static Terminal terminal(PipedInputStream in) throws Exception {
        return new ExternalTerminal(null, "test", "ansi", in, new ByteArrayOutputStream(), StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, false, new Attributes(), new Size(80, 24));
    }
}
