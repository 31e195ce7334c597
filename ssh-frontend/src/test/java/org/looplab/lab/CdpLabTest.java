package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.topology.TopologyLoader;

/** A started lab runs CDP on every router: its cabling shows at the first login, and a pulled cable's neighbour leaves with its holdtime. */
class CdpLabTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path state;

    private static List<String> neighbours(Lab lab, String router) {
        CliSession session = new CliSession(lab.router(router), "admin", 15, "127.0.0.1");
        String table = lab.kernel().call(() -> session.execute("show cdp neighbors"));
        return table.lines().dropWhile(line -> !line.startsWith("Device ID")).skip(1)
                .takeWhile(line -> !line.isEmpty()).toList();
    }

    @Test
    void theTriangleShowsItsCablingAndForgetsAPulledCableAfterTheHoldtime() throws Exception {
        try (RunningLab running = LabStarter.start(TopologyLoader.load(Path.of("../topologies/triangle")),
                new LabOptions(state, null, true, 1, 1.0, false, true))) {
            Lab lab = running.lab();
            List<String> before = neighbours(lab, "r1");
            assertEquals(2, before.size(), before.toString());
            assertTrue(before.get(0).startsWith("R2               Gig 0/0 "), before.toString());
            assertTrue(before.get(0).endsWith("R B   IOSv      Gig 0/0"), before.toString());
            assertTrue(before.get(1).startsWith("R3               Gig 0/1 "), before.toString());
            assertTrue(before.get(1).endsWith("Gig 0/0"), before.toString());

            long pulled = lab.kernel().now();
            lab.kernel().call(() -> {
                lab.setConnected(lab.linkAt("r1", InterfaceName.gigabitEthernet(0)), false);
                return null;
            });
            lab.kernel().runUntil(pulled + 100 * SECOND);
            assertEquals(2, neighbours(lab, "r1").size(), "kept until the holdtime runs out");
            lab.kernel().runUntil(pulled + 181 * SECOND);
            List<String> after = neighbours(lab, "r1");
            assertEquals(1, after.size(), after.toString());
            assertTrue(after.get(0).startsWith("R3 "), after.toString());
            assertTrue(neighbours(lab, "r2").stream().noneMatch(line -> line.startsWith("R1 ")));
        }
    }
}
