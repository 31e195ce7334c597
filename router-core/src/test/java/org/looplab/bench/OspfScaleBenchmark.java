package org.looplab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * OSPF at scale, measured (not asserted): N routers (default 1,000) in area 0 on a seeded random graph
 * of degree 3-4 (a ring for connectivity plus random chords), each with Loopback0. Prints the wall time
 * from start to full convergence (as fast as possible), events per second, heap per router (RIB
 * included), the wall time of one SPF run, and after one link pulled the virtual and wall time until
 * every router has rerouted. Run: {@code router-core/bench/ospf-scale.sh [routers] [seed] [p2p]}.
 *
 * <p>Convergence is the moment of the last RIB change anywhere: once converged nothing changes, so a
 * RIB listener on every router gives the time without polling.
 */
public final class OspfScaleBenchmark {
    private static final long SECOND = 1_000_000_000L;

    private long lastChangeVirtual;
    private long lastChangeWall;
    private long events;

    public static void main(String[] args) {
        int routers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        boolean pointToPoint = args.length > 2 && args[2].equals("p2p");
        new OspfScaleBenchmark().run(routers, seed, pointToPoint);
    }

    static int[][] randomGraph(int n, long seed) {
        Random random = new Random(seed);
        int[] degree = new int[n + 1];
        List<int[]> edges = new ArrayList<>();
        boolean[][] has = new boolean[n + 1][];
        for (int i = 1; i <= n; i++) {
            has[i] = new boolean[n + 1];
        }
        for (int i = 1; i <= n; i++) {
            int j = i % n + 1;
            edges.add(new int[] {i, j});
            has[i][j] = has[j][i] = true;
            degree[i]++;
            degree[j]++;
        }
        // Chords: every router gets a third link, half of them a fourth (average degree 3.5).
        int wanted = n + n * 3 / 4;
        int attempts = 0;
        while (edges.size() < wanted && attempts++ < 100 * n) {
            int a = 1 + random.nextInt(n);
            int b = 1 + random.nextInt(n);
            if (a == b || has[a][b] || degree[a] >= 4 || degree[b] >= 4) {
                continue;
            }
            edges.add(new int[] {a, b});
            has[a][b] = has[b][a] = true;
            degree[a]++;
            degree[b]++;
        }
        return edges.toArray(new int[0][]);
    }

    private static Ipv4Address loopback(int i) {
        return new Ipv4Address(Ipv4Address.of("10.255.0.0").bits() + i);
    }

    private void run(int n, long seed, boolean pointToPoint) {
        System.out.printf("OSPF scale benchmark: %d routers, seed %d, network type %s%n", n, seed,
                pointToPoint ? "point-to-point" : "broadcast (IOS Ethernet default)");
        long heapBefore = usedHeap();
        long wallStart = System.nanoTime();
        Kernel kernel = new Kernel(seed);
        kernel.setObserver(event -> events++);
        Lab lab = new Lab("bench", kernel);
        int[][] edges = randomGraph(n, seed);
        Router[] router = new Router[n + 1];
        int[] nextPort = new int[n + 1];
        Ipv4Address hostMask = Ipv4Address.of("255.255.255.255");
        Ipv4Address linkMask = Ipv4Address.of("255.255.255.252");
        for (int i = 1; i <= n; i++) {
            router[i] = lab.addRouter("r" + i);
            Interface lo = router[i].enterInterface(InterfaceName.loopback(0));
            router[i].setAddress(lo, loopback(i), hostMask);
        }
        List<Link> links = new ArrayList<>();
        int base = Ipv4Address.of("172.16.0.0").bits();
        for (int k = 0; k < edges.length; k++) {
            int a = edges[k][0];
            int b = edges[k][1];
            InterfaceName pa = InterfaceName.gigabitEthernet(nextPort[a]++);
            InterfaceName pb = InterfaceName.gigabitEthernet(nextPort[b]++);
            links.add(lab.connect(router[a], pa, router[b], pb));
            configure(router[a], pa, new Ipv4Address(base + 4 * k + 1), linkMask, pointToPoint);
            configure(router[b], pb, new Ipv4Address(base + 4 * k + 2), linkMask, pointToPoint);
        }
        for (int i = 1; i <= n; i++) {
            Router r = router[i];
            r.rib().addListener(prefix -> {
                lastChangeVirtual = kernel.now();
                lastChangeWall = System.nanoTime();
            });
            r.ospf().addProcess(1);
            r.ospf().process(1).addNetwork(Ipv4Address.ANY, hostMask, AreaId.BACKBONE);
        }
        long wallBuilt = System.nanoTime();
        System.out.printf("  topology: %d links, built in %d ms%n", edges.length, (wallBuilt - wallStart) / 1_000_000);

        kernel.runUntil(180 * SECOND);
        long convergedWall = lastChangeWall - wallStart;
        long eventsAtConvergence = events;
        checkFullyConverged(router, n);
        System.out.printf("  convergence: virtual %.1f s, wall %d ms from start (%d ms after building)%n",
                lastChangeVirtual / 1e9, convergedWall / 1_000_000, (lastChangeWall - wallBuilt) / 1_000_000);
        System.out.printf("  events: %d to t=180 s virtual; %.0f events/s of wall time%n", eventsAtConvergence,
                eventsAtConvergence / ((System.nanoTime() - wallBuilt) / 1e9));

        long heapAfter = usedHeap();
        System.out.printf("  heap: %.1f MiB in all, %.0f KiB per router (RIB %d prefixes, LSDB %d LSAs each)%n",
                (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / 1024.0 / n,
                router[1].rib().size(), router[1].ospf().process(1).area(AreaId.BACKBONE).lsdb().size());

        OspfProcess probe = router[1].ospf().process(1);
        long[] spf = new long[40];
        for (int i = 0; i < spf.length; i++) {
            long t0 = System.nanoTime();
            probe.runSpf();
            spf[i] = System.nanoTime() - t0;
        }
        Arrays.sort(spf);
        System.out.printf("  one SPF (Dijkstra + routing table + RIB update, %d routers): median %.2f ms, best %.2f ms%n",
                n, spf[spf.length / 2] / 1e6, spf[0] / 1e6);

        Link pulled = links.get(edges.length / 2);
        long pullVirtual = kernel.now();
        long pullWall = System.nanoTime();
        lastChangeVirtual = pullVirtual;
        lastChangeWall = pullWall;
        lab.setConnected(pulled, false);
        kernel.runUntil(pullVirtual + 60 * SECOND);
        System.out.printf("  link %s pulled: every router rerouted after %.2f s virtual, %d ms wall%n", pulled,
                (lastChangeVirtual - pullVirtual) / 1e9, (lastChangeWall - pullWall) / 1_000_000);
        checkFullyConverged(router, n);
    }

    private static void configure(Router router, InterfaceName port, Ipv4Address address, Ipv4Address mask,
                                  boolean pointToPoint) {
        Interface iface = router.interfaceNamed(port);
        router.setAddress(iface, address, mask);
        router.setShutdown(iface, false);
        if (pointToPoint) {
            router.ospf().setNetworkType(iface, NetworkType.POINT_TO_POINT);
        }
    }

    private static void checkFullyConverged(Router[] router, int n) {
        int missing = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (router[i].rib().get(new Ipv4Prefix(loopback(j), 32)) == null) {
                    missing++;
                }
            }
        }
        System.out.printf("  check: %s%n", missing == 0 ? "every router has a route to every loopback"
                : missing + " loopback routes missing");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
