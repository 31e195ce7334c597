package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line longer than {@code terminal width 80}, typed in the real OpenSSH client with a PTY ({@code ssh -tt}),
 * scrolls as IOS's editing draws it: at the margin the text shifts 10 characters left behind a {@code $},
 * with backspaces, characters and spaces only; Ctrl-A shows the start with a {@code $} for the hidden end.
 * At {@code terminal width 0} nothing scrolls: the line comes back as it was typed.
 */
class HorizontalScrollEndToEndTest {
    /** 86 characters after "R1#": one shift of 10 keeps the cursor on the 80 columns. */
    private static final String LINE = "show running-config | include " + "xyz|".repeat(12) + "hostname";

    @TempDir
    Path folder;

    @Test
    void aLongLineScrollsByTenBehindADollarAndWidthZeroNeverScrolls() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.R1_ADMIN)) {
            int at = r1.await("R1#", 0);
            r1.type(LINE + "\u0001\r"); // Ctrl-A then Enter
            int end = r1.await("hostname R1\r\nR1#", at);
            String shifted = "$" + LINE.substring(11, 77);
            String expected = LINE.substring(0, 76)
                    + "\b".repeat(76) + shifted + " ".repeat(9) + "\b".repeat(9) // the 77th character: shift 10
                    + LINE.substring(77) // typed on after the shift
                    + "\b".repeat(76) + LINE.substring(0, 76) + "$" + "\b".repeat(77) // Ctrl-A
                    + "$" + LINE.substring(11) + " \b" // Enter shows the end of the line again, then runs it
                    + "\r\nhostname R1\r\nR1#";
            assertEquals(printable(expected), printable(r1.screen.text().substring(at, end)));

            r1.type("terminal width 0\r");
            at = r1.await("R1#", end);
            r1.type(LINE + "\r");
            end = r1.await("hostname R1\r\nR1#", at);
            assertEquals(LINE + "\r\nhostname R1\r\nR1#", r1.screen.text().substring(at, end));
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }

    private static String printable(String bytes) {
        return bytes.replace("\b", "<BS>").replace("\r", "<CR>").replace("\n", "<LF>\n");
    }
}
