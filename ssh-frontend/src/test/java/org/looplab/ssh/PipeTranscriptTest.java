package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * CLI transcripts of lines with an output modifier, played through the front end's path ({@link
 * CliLoop#runLine}, where the pipe runs) rather than the session alone: the screen of a session, prompts
 * and typed lines included, compared whole. A typed line ending in {@code ?} asks for help, which
 * redraws the line as typed so far; one ending in {@code ^C} is dropped.
 */
class PipeTranscriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"output-to-file.txt"})
    void screenMatches(String transcript) throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream(transcript)) {
            assertNotNull(in, transcript);
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Kernel kernel = new Kernel(1);
        Router router = new Lab("t", kernel).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String[] lines = expected.split("\n", -1);
        StringBuilder screen = new StringBuilder();
        String redrawn = null;
        int index = 0;
        while (index < lines.length && !(index == lines.length - 1 && lines[index].isEmpty())) {
            String prompt = session.prompt();
            String start = redrawn == null ? prompt : prompt + redrawn;
            int lineNumber = index + 1;
            assertTrue(lines[index].startsWith(start), () -> "line " + lineNumber + " should start with " + start
                    + "\nscreen so far:\n" + screen);
            String typed = lines[index].substring(prompt.length());
            String output;
            if (typed.endsWith("^C")) {
                redrawn = null;
                output = session.ctrlZ();
            } else if (typed.endsWith("?")) {
                redrawn = typed.substring(0, typed.length() - 1);
                output = session.help(redrawn);
            } else {
                redrawn = null;
                output = CliLoop.runLine(kernel, session, typed, prompt.length());
            }
            screen.append(lines[index]).append('\n').append(output);
            index += 1 + (int) output.chars().filter(c -> c == '\n').count();
            if (!expected.startsWith(screen.toString())) {
                break;
            }
        }
        assertEquals(expected, screen.toString());
    }
}
