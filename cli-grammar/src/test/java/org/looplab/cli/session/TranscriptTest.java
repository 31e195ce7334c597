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
 * A typed line ending in {@code ?} asks for help: the help follows, then the prompt and the line as typed
 * so far, as IOS redraws it, where typing goes on. One ending in {@code ^C} or {@code ^Z} is dropped by
 * that key, as the SSH front end does (both leave configuration mode). A line that waits on the virtual clock
 * (a name lookup) lets the clock run until the line completes.
 */
class TranscriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"errors-and-modes.txt", "config-tools.txt", "privilege-levels.txt", "files.txt", "archive.txt",
            "help.txt", "histories.txt", "debug.txt", "name-lookup.txt"})
    void screenMatches(String transcript) throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("transcripts/" + transcript)) {
            assertNotNull(in, transcript);
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Kernel kernel = new Kernel(1);
        Router router = new Lab("t", kernel).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String[] lines = expected.split("\n", -1);
        StringBuilder screen = new StringBuilder();
        int index = 0;
        String redrawn = null;
        while (index < lines.length && !(index == lines.length - 1 && lines[index].isEmpty())) {
            String line = lines[index];
            String prompt = session.prompt();
            int lineNumber = index + 1;
            String expectedStart = redrawn == null ? prompt : prompt + redrawn;
            assertTrue(line.startsWith(expectedStart), () -> "line " + lineNumber
                    + " should start with " + expectedStart + "\nscreen so far:\n" + screen);
            String typed = line.substring(prompt.length());
            String output;
            if (typed.endsWith("^C") || typed.endsWith("^Z")) {
                redrawn = null;
                output = session.ctrlZ();
            } else if (typed.endsWith("?")) {
                redrawn = typed.substring(0, typed.length() - 1);
                output = session.help(redrawn);
            } else {
                redrawn = null;
                java.util.concurrent.CompletableFuture<String> result = session.submit(typed);
                while (!result.isDone()) {
                    kernel.runUntil(kernel.now() + 1_000_000_000L);
                }
                output = result.join();
            }
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
