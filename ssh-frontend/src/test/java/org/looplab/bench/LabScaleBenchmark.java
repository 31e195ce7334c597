package org.looplab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.ssh.EndpointPlan;
import org.looplab.ssh.LabSshServer;
import org.looplab.ssh.RouterEndpoint;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/**
 * Starts a generated N-router lab (ring with chords: 4 links and 10 loopbacks per router) exactly as
 * {@code looplab run} does, and prints how long it took and the heap each idle router costs. A program
 * that prints figures, never a test: run it with {@code ssh-frontend/benchmark.sh [ROUTERS]} and run it
 * several times to quote a median (one start per JVM, since the start-up time includes JVM warm-up).
 */
public final class LabScaleBenchmark {
    private LabScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int routers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int basePort = args.length > 1 ? Integer.parseInt(args[1]) : 40001;
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();

        long generateStart = System.nanoTime();
        Path folder = Files.createTempDirectory("looplab-bench");
        Path file = RingTopologyWriter.write(folder, routers);
        long generateNanos = System.nanoTime() - generateStart;
        long heapBefore = usedHeapAfterGc();

        long start = System.nanoTime();
        Topology topology = TopologyLoader.load(file);
        long loaded = System.nanoTime();
        RunningLab running = LabStarter.start(topology,
                new LabOptions(folder.resolve(".looplab"), null, true, 1, 1.0),
                progress -> System.out.println("  " + progress));
        long configured = System.nanoTime();
        List<RouterEndpoint> endpoints = EndpointPlan.plan(running.lab().routers(), basePort, false, false);
        LabSshServer ssh = LabSshServer.start(endpoints, folder.resolve(".looplab"));
        long ready = System.nanoTime();
        // Time from JVM start to a lab that accepts SSH logins, less the time spent writing the files.
        long readySinceJvmMillis = System.currentTimeMillis() - jvmStartMillis - generateNanos / 1_000_000;

        int[] counts = running.lab().kernel().call(() -> count(running.lab().routers()));
        long heapAfter = usedHeapAfterGc();

        System.out.printf("routers                      %d (%d interfaces up, %d routes, %d startup warnings)%n",
                routers, counts[0], counts[1], running.warnings().size());
        System.out.printf("ready since JVM start        %d ms%n", readySinceJvmMillis);
        System.out.printf("  topology file parsed       %d ms%n", (loaded - start) / 1_000_000);
        System.out.printf("  built, configured, converged %d ms%n", (configured - loaded) / 1_000_000);
        System.out.printf("  %s%n", running.startConvergence().describe());
        System.out.printf("  SSH listening (%d ports)  %d ms%n", endpoints.size(), (ready - configured) / 1_000_000);
        System.out.printf("heap per idle router         %d bytes (lab, store and SSH server included)%n",
                (heapAfter - heapBefore) / routers);

        ssh.close();
        running.close();
    }

    private static int[] count(Iterable<Router> routers) {
        int up = 0;
        int routes = 0;
        for (Router router : routers) {
            for (Interface iface : router.interfaces()) {
                up += iface.isProtocolUp() ? 1 : 0;
            }
            routes += router.rib().size();
        }
        return new int[] {up, routes};
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50); // a benchmark, not a test: let the collector settle
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
