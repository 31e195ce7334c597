package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * CLI transcripts in FRR's style: a file holds the screen of a session, prompts and typed lines
 * included; the test types each line after a prompt into a fresh router and compares the whole screen.
 */
class TranscriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"errors-and-modes.txt", "config-tools.txt", "privilege-levels.txt", "files.txt", "archive.txt"})
    void screenMatches(String transcript) throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("transcripts/" + transcript)) {
            assertNotNull(in, transcript);
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String[] lines = expected.split("\n", -1);
        StringBuilder screen = new StringBuilder();
        int index = 0;
        while (index < lines.length && !(index == lines.length - 1 && lines[index].isEmpty())) {
            String line = lines[index];
            String prompt = session.prompt();
            int lineNumber = index + 1;
            assertTrue(line.startsWith(prompt), () -> "line " + lineNumber
                    + " should start with the prompt " + prompt + "\nscreen so far:\n" + screen);
            String output = session.execute(line.substring(prompt.length()));
            screen.append(line).append('\n').append(output);
            index += 1 + (int) output.chars().filter(c -> c == '\n').count();
            if (!expected.startsWith(screen.toString())) {
                break;
            }
        }
        assertEquals(expected, screen.toString());
        assertTrue(session.isClosed() || !expected.endsWith("exit\n"));
    }

}
