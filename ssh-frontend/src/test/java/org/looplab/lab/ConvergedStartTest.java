package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;
import org.looplab.topology.TopologyLoader;

/**
 * Labs start converged: the clock runs as fast as possible until routing has been quiet for a settling
 * period, so every loopback is in every RIB before the first login; {@code --cold} starts at boot.
 */
class ConvergedStartTest {
    @TempDir
    Path state;

    private static RunningLab start(String shipped, Path state, boolean cold) throws Exception {
        return LabStarter.start(TopologyLoader.load(Path.of("../topologies", shipped)),
                new LabOptions(state, null, true, 1, 1.0, cold));
    }

    private static Route route(RunningLab running, String router, String loopback) {
        Router target = running.lab().router(router);
        Ipv4Prefix prefix = new Ipv4Prefix(Ipv4Address.parse(loopback), 32);
        return running.lab().kernel().call(() -> target.rib().get(prefix));
    }

    @Test
    void everyShippedLabStartsWithEveryLoopbackInEveryRib() throws Exception {
        for (String shipped : List.of("triangle", "square", "ring10")) {
            try (RunningLab running = start(shipped, state.resolve(shipped), false)) {
                Convergence.Result result = running.startConvergence();
                assertNotNull(result);
                assertTrue(result.converged(), result.describe());
                // OSPF waits 40 s on broadcast segments before electing designated routers.
                assertTrue(result.lastChange() > 40 * Convergence.SECOND, result.describe());
                assertEquals(result.lastChange() + Convergence.DEFAULT_QUIET_NANOS, result.stoppedAt());
                assertTrue(result.describe().matches("converged at 00:0\\d:\\d\\d virtual in \\d+\\.\\d s"),
                        result.describe());
                int routers = running.topology().nodes().size();
                for (int from = 1; from <= routers; from++) {
                    for (int to = 1; to <= routers; to++) {
                        Route found = route(running, "r" + from, "10.0.0." + to);
                        assertNotNull(found, shipped + ": r" + from + " has no route to 10.0.0." + to);
                        assertEquals(from == to ? RouteSource.CONNECTED : RouteSource.OSPF, found.source());
                    }
                }
            }
        }
    }

    @Test
    void theSameSeedConvergesAtTheSameVirtualTime() throws Exception {
        long first;
        try (RunningLab running = start("square", state.resolve("a"), false)) {
            first = running.startConvergence().lastChange();
        }
        try (RunningLab running = start("square", state.resolve("b"), false)) {
            assertEquals(first, running.startConvergence().lastChange());
        }
    }

    @Test
    void aColdStartRunsInRealTimeFromBoot() throws Exception {
        try (RunningLab running = start("triangle", state, true)) {
            assertNull(running.startConvergence());
            long now = running.lab().kernel().call(running.lab().kernel()::now);
            if (now < 40 * Convergence.SECOND) {
                // OSPF still waits to elect designated routers: no route to another loopback yet.
                assertNull(route(running, "r1", "10.0.0.3"));
            }
        }
    }

    @Test
    void aLabThatNeverSettlesIsStartedAtTheCap() {
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("busy", kernel);
        Router r1 = lab.addRouter("r1");
        RoutingActivity activity = kernel.call(() -> RoutingActivity.watch(lab));
        kernel.call(() -> {
            every(kernel, 20 * Convergence.SECOND, () -> r1.log("%SYS-5-CONFIG_I: Configured from console by admin"));
            return null;
        });
        List<Convergence.Progress> progress = new ArrayList<>();
        Convergence.Result result = Convergence.runUntilQuiet(kernel, activity, 30 * Convergence.SECOND,
                300 * Convergence.SECOND, progress::add);
        assertFalse(result.converged());
        assertEquals(300 * Convergence.SECOND, result.stoppedAt());
        assertEquals(300 * Convergence.SECOND, result.lastChange());
        assertEquals(15, result.changes());
        assertTrue(result.describe().startsWith("routing still changing at 00:05:00 virtual (last change at 00:05:00)"),
                result.describe());
    }

    @Test
    void quietCountsFromTheLastChangeOfAnyKind() {
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("quiet", kernel);
        Router r1 = lab.addRouter("r1");
        RoutingActivity activity = kernel.call(() -> RoutingActivity.watch(lab));
        kernel.call(() -> kernel.schedule(25 * Convergence.SECOND, () -> r1.log("%LINK-3-UPDOWN: something")));
        Convergence.Result result = Convergence.runUntilQuiet(kernel, activity, 30 * Convergence.SECOND,
                300 * Convergence.SECOND, step -> { });
        assertTrue(result.converged());
        assertEquals(25 * Convergence.SECOND, result.lastChange());
        assertEquals(55 * Convergence.SECOND, result.stoppedAt());
        assertEquals("r1", kernel.call(activity::lastRouter));
    }

    private static void every(Kernel kernel, long period, Runnable action) {
        kernel.schedule(period, () -> {
            action.run();
            every(kernel, period, action);
        });
    }
}
