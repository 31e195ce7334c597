package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * The triangle over real SSH while OSPF reroutes: r1 pings r3's Loopback0 from its own, the r1-r3 cable
 * is pulled at the console, the route to 10.0.0.3 moves to r2 and the ping still answers; plugged back,
 * the direct path returns. The lab runs its clock 50 times faster, so OSPF's 40 s wait timer takes under
 * a second; the test polls the router (with a deadline), it never sleeps a fixed time.
 */
class OspfRerouteEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void loopbackTrafficFollowsOspfAroundAPulledCable() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            lab.console("clock speed 50", "50");
            pollUntil(r1, "show ip route 10.0.0.3", out -> out.contains("* 10.0.13.3, from 10.0.0.3,"));
            assertTrue(r1.exec("ping 10.0.0.3 source Loopback0").contains("!!!!!"));

            lab.console("link r1:Gi0/1 down", "pulled");
            String rerouted = pollUntil(r1, "show ip route 10.0.0.3", out -> out.contains("* 10.0.12.2, from 10.0.0.3,"));
            assertTrue(rerouted.contains("Known via \"ospf 1\", distance 110, metric 3"), rerouted);
            String ping = r1.exec("ping 10.0.0.3 source Loopback0");
            assertTrue(ping.contains("Success rate is 100 percent (5/5)"), ping);
            String trace = r1.exec("traceroute 10.0.0.3");
            assertTrue(trace.contains("  1 10.0.12.2 "), trace);

            lab.console("link r1:Gi0/1 up", "connected");
            pollUntil(r1, "show ip route 10.0.0.3", out -> out.contains("* 10.0.13.3, from 10.0.0.3,"));
            assertTrue(r1.exec("show ip ospf neighbor").contains("10.0.0.3"));
            assertEquals(0, lab.quit());
        }
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
