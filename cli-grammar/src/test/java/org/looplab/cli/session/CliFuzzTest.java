package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.looplab.cli.parse.Keywords;
import org.looplab.router.Interface;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;

/**
 * Random lines through a session, in every mode (seeded, so a failure replays): vocabulary
 * words in random order, random bytes, control characters, 10,000-character lines, lone '?', unbalanced
 * quotes; also through '?' help and Tab. No exception escapes, a prompt always comes back, the session
 * stays open (unless the line was exit, logout or quit), and every connected route matches an up interface with an address.
 */
class CliFuzzTest {
    private static final int LINES = 100_000;
    private static final String[] MODE_ENTRIES = {"configure terminal", "interface Loopback1",
            "interface GigabitEthernet0/1", "line vty 0 4", "line con 0", "end"};
    private static final String[] EXTRA_WORDS = {"Gi0/0", "lo0", "10.0.0.1", "255.255.255.0", "0/1", "15", "0",
            "5", "?", "|", "include", "\"", "'", "^", "-1", "99999999999", "1.2.3", "...", "#", "!"};

    @Test
    void randomLinesNeverBreakTheSession() {
        Random random = new Random(20240501L);
        Kernel kernel = new Kernel(7);
        Router router = new Lab("fuzz", kernel).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        List<String> vocabulary = new ArrayList<>();
        for (int type : Keywords.types()) {
            vocabulary.add(Keywords.text(type));
        }
        vocabulary.addAll(List.of(EXTRA_WORDS));
        for (int i = 0; i < LINES; i++) {
            if (i % 50 == 0) {
                // "end" in EXEC is a host name, looked up on the virtual clock
                CompletableFuture<String> entered = session.submit(MODE_ENTRIES[random.nextInt(MODE_ENTRIES.length)]);
                kernel.runUntilIdle();
                entered.join();
            }
            String line = randomLine(random, vocabulary);
            String lineNumber = "line " + i + ": " + line.substring(0, Math.min(80, line.length()));
            if (random.nextInt(10) == 0) {
                assertNotNull(session.help(line), lineNumber);
                assertNotNull(session.complete(line), lineNumber);
            }
            CompletableFuture<String> output = session.submit(line);
            if (!output.isDone()) {
                kernel.runUntilIdle();
            }
            String printed = output.join();
            assertFalse(printed.contains("% Command failed"), lineNumber + "\n" + printed);
            if (session.isClosed()) {
                // Only exit, logout or quit (abbreviated) in EXEC end a session; then a new one starts.
                String[] words = line.split("\u001a")[0].strip().split("[ \\t]+");
                // "do logout" from a configuration mode runs the EXEC command, as IOS does.
                boolean viaDo = words.length > 1 && "do".startsWith(words[0].toLowerCase(java.util.Locale.ROOT))
                        && !words[0].isEmpty();
                String first = words[viaDo ? 1 : 0].toLowerCase(java.util.Locale.ROOT);
                assertTrue(!first.isEmpty() && ("exit".startsWith(first) || "logout".startsWith(first)
                        || "quit".startsWith(first)), lineNumber);
                session = new CliSession(router, "admin", 15, "127.0.0.1");
            }
            if (session.awaitsAnswer() && session.prompt().isEmpty()) {
                // A banner reads its text without a prompt until its delimiter, a character of the line
                // that started it: that line again ends it.
                session.execute(line);
            }
            if (session.isSecretPrompt() || !session.prompt().startsWith("R")) {
                // answer a pending question; a reload would end the session with the router's power
                session.execute(session.prompt().startsWith("Proceed with reload") ? "n" : "");
            }
            assertFalse(session.prompt().isEmpty(), lineNumber);
        }
        assertTrue(session.prompt().startsWith(router.hostname()));
        assertConsistent(router);
    }

    private static String randomLine(Random random, List<String> vocabulary) {
        int kind = random.nextInt(8);
        if (kind == 2 && random.nextInt(50) != 0) {
            kind = 4; // 10,000-character lines: one in 400, else they would be most of the text
        }
        switch (kind) {
            case 0: {
                StringBuilder bytes = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    bytes.append((char) random.nextInt(256));
                }
                return bytes.toString();
            }
            case 1:
                return "x".repeat(random.nextInt(3)) + "?" + " ".repeat(random.nextInt(2));
            case 2: {
                StringBuilder longLine = new StringBuilder("description ");
                while (longLine.length() < 10_000) {
                    longLine.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
                }
                return random.nextBoolean() ? longLine.toString() : longLine.substring("description ".length());
            }
            case 3:
                return "show \"unbalanced 'quotes " + (char) (random.nextInt(32));
            default: {
                StringBuilder words = new StringBuilder();
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    String word = vocabulary.get(random.nextInt(vocabulary.size()));
                    if (random.nextInt(4) == 0 && word.length() > 1) {
                        word = word.substring(0, 1 + random.nextInt(word.length() - 1)); // an abbreviation
                    }
                    words.append(word).append(random.nextInt(8) == 0 ? "\t" : " ");
                }
                return words.toString().strip();
            }
        }
    }

    /** Every connected route belongs to an up interface that has that subnet. */
    private static void assertConsistent(Router router) {
        for (Route route : router.rib().routes()) {
            if (route.source() == RouteSource.CONNECTED) {
                Interface out = router.interfaceNamed(route.outgoing());
                assertNotNull(out, route.toString());
                assertTrue(out.isProtocolUp() && out.address() != null, route.toString());
                assertEquals(out.address().subnet(), route.prefix(), route.toString());
            }
        }
    }
}
