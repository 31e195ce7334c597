package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
 * CliLoop#runLine}, where the pipe runs) rather than the session alone. The file is the screen of a
 * privileged session on R1: each {@code R1#} line is typed, and what follows it up to the next one is
 * what it prints. A line ending in {@code ?} asks for help (IOS then redraws it, with {@code ^C} here to
 * drop it).
 */
class PipeTranscriptTest {
    private static final String PROMPT = "R1#";

    @ParameterizedTest
    @ValueSource(strings = {"output-to-file.txt"})
    void everyLinePrintsWhatTheScreenShows(String transcript) throws IOException {
        String screen;
        try (InputStream in = getClass().getResourceAsStream(transcript)) {
            assertNotNull(in, transcript);
            screen = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Kernel kernel = new Kernel(1);
        Router router = new Lab("t", kernel).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        for (String exchange : screen.split("(?m)^(?=" + PROMPT + ")")) {
            int end = exchange.indexOf('\n');
            String typed = exchange.substring(PROMPT.length(), end);
            String printed = typed.endsWith("^C") ? session.ctrlZ()
                    : typed.endsWith("?") ? session.help(typed.substring(0, typed.length() - 1))
                    : CliLoop.runLine(kernel, session, typed, PROMPT.length());
            assertEquals(exchange.substring(end + 1), printed, typed);
            assertEquals(PROMPT, session.prompt(), typed);
        }
    }
}
