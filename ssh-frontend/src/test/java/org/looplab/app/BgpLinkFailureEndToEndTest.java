package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * The shipped triangle over real SSH: r1's iBGP sessions to r2 and r3 (between Loopback0s) are Established
 * with one prefix each; the r1-r2 cable is pulled at the console and the session to r2 stays up (its
 * Up/Down keeps counting), because OSPF carries its segments through r3; 192.168.2.0/24 still resolves via
 * 10.0.0.2 and r2's Loopback1 answers a ping from r1's. The clock runs 50 times faster; the test polls with
 * a deadline and never sleeps a fixed time.
 */
class BgpLinkFailureEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern R2_ROW = Pattern.compile("\n10\\.0\\.0\\.2 +4 +65000 .* (\\d\\d):(\\d\\d):(\\d\\d) +(\\S+)\n");

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void loopbackSessionsRideOutAPulledCable() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            lab.console("clock speed 50", "50");
            String summary = pollUntil(r1, "show ip bgp summary", out -> out.matches(
                    "(?s).*\n10\\.0\\.0\\.2 .* +1\n10\\.0\\.0\\.3 .* +1\n.*"));
            long upBefore = upSeconds(summary);

            lab.console("link r1:Gi0/0 down", "pulled");
            pollUntil(r1, "show ip route 10.0.0.2", out -> out.contains("* 10.0.13.3, from 10.0.0.2,"));
            String route = pollUntil(r1, "show ip route 192.168.2.0", out -> out.contains("* 10.0.0.2, from 10.0.0.2, "));
            assertTrue(route.contains("Known via \"bgp 65000\", distance 200, metric 0, type internal"), route);
            String ping = pollUntil(r1, "ping 192.168.2.1 source Loopback1",
                    out -> out.contains("Success rate is 100 percent (5/5)"));
            assertTrue(ping.contains("!!!!!"), ping);

            String after = r1.exec("show ip bgp summary");
            assertTrue(after.matches("(?s).*\n10\\.0\\.0\\.2 .* +1\n10\\.0\\.0\\.3 .* +1\n.*"), after);
            assertTrue(upSeconds(after) > upBefore, "Up/Down was reset:\n" + summary + "\n" + after);
            assertFalse(r1.exec("show logging").contains("%BGP-5-ADJCHANGE: neighbor 10.0.0.2 Down"));
            assertEquals(0, lab.quit());
        }
    }

    /** The Up/Down of 10.0.0.2 in seconds (the session is younger than a day here). */
    private static long upSeconds(String summary) {
        Matcher row = R2_ROW.matcher(summary);
        assertTrue(row.find(), summary);
        return Long.parseLong(row.group(1)) * 3600 + Long.parseLong(row.group(2)) * 60 + Long.parseLong(row.group(3));
    }

    /** Runs a command until its output satisfies the condition, or fails at the deadline. */
    private static String pollUntil(OpenSsh router, String command, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        String output = "";
        while (System.nanoTime() < deadline) {
            output = router.exec(command);
            if (done.test(output)) {
                return output;
            }
        }
        throw new AssertionError("'" + command + "' never showed what was expected; last output:\n" + output);
    }
}
