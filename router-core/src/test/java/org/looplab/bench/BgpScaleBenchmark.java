package org.looplab.bench;

import java.util.ArrayList;
import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpMemory;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.BgpState;
import org.looplab.bgp.NeighborSetting;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * BGP at scale, measured (not asserted; issue 8 section 8): N routers (default 1,000) on OspfScaleBenchmark's
 * random graph, OSPF area 0 on the links and Loopback0, iBGP from every router to two route reflectors
 * (r1 and r2) between Loopback0s, each router originating 10 host prefixes on Loopback1-10 (not in OSPF).
 * Prints the wall time until every router has every prefix, heap per router, bytes per BGP path, events
 * per second, and after one link pulled how many sessions stayed up and the time until all routers agree.
 * Run: {@code router-core/bench/bgp-scale.sh [routers] [seed]}.
 */
public final class BgpScaleBenchmark {
    private static final long SECOND = 1_000_000_000L;
    private static final int PREFIXES_PER_ROUTER = 10;
    private static final long AS = 65000;

    private long lastChangeVirtual;
    private long lastChangeWall;
    /** CPU time of the kernel thread at the last RIB change: unlike wall time, not inflated by a busy machine. */
    private long lastChangeCpu;
    private long events;

    public static void main(String[] args) {
        int routers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        new BgpScaleBenchmark().run(routers, seed);
    }

    private static Ipv4Address loopback(int i) {
        return new Ipv4Address(Ipv4Address.of("10.255.0.0").bits() + i);
    }

    /** The k-th originated prefix of router i (k from 1), a /32 in 20.0.0.0/8. */
    private static Ipv4Prefix originated(int i, int k) {
        return new Ipv4Prefix(new Ipv4Address(Ipv4Address.of("20.0.0.0").bits() + i * 16 + k), 32);
    }

    private static boolean isReflector(int i) {
        return i <= 2;
    }

    private void run(int n, long seed) {
        System.out.printf("BGP scale benchmark: %d routers, seed %d, iBGP to 2 route reflectors, %d prefixes each%n",
                n, seed, PREFIXES_PER_ROUTER);
        long heapStart = usedHeap();
        long wallStart = System.nanoTime();
        Kernel kernel = new Kernel(seed);
        kernel.setObserver(event -> events++);
        Lab lab = new Lab("bench", kernel);
        int[][] edges = OspfScaleBenchmark.randomGraph(n, seed);
        Router[] router = new Router[n + 1];
        int[] nextPort = new int[n + 1];
        Ipv4Address hostMask = Ipv4Address.of("255.255.255.255");
        Ipv4Address linkMask = Ipv4Address.of("255.255.255.252");
        for (int i = 1; i <= n; i++) {
            router[i] = lab.addRouter("r" + i);
            Interface lo = router[i].enterInterface(InterfaceName.loopback(0));
            router[i].setAddress(lo, loopback(i), hostMask);
            for (int k = 1; k <= PREFIXES_PER_ROUTER; k++) {
                Interface extra = router[i].enterInterface(InterfaceName.loopback(k));
                router[i].setAddress(extra, originated(i, k).network(), hostMask);
            }
        }
        List<Link> links = new ArrayList<>();
        int base = Ipv4Address.of("172.16.0.0").bits();
        for (int k = 0; k < edges.length; k++) {
            int a = edges[k][0];
            int b = edges[k][1];
            InterfaceName pa = InterfaceName.gigabitEthernet(nextPort[a]++);
            InterfaceName pb = InterfaceName.gigabitEthernet(nextPort[b]++);
            links.add(lab.connect(router[a], pa, router[b], pb));
            configure(router[a], pa, new Ipv4Address(base + 4 * k + 1), linkMask);
            configure(router[b], pb, new Ipv4Address(base + 4 * k + 2), linkMask);
        }
        for (int i = 1; i <= n; i++) {
            router[i].ospf().addProcess(1);
            router[i].ospf().process(1).addNetwork(Ipv4Address.of("172.16.0.0"), Ipv4Address.of("0.15.255.255"),
                    AreaId.BACKBONE);
            router[i].ospf().process(1).addNetwork(loopback(i), Ipv4Address.ANY, AreaId.BACKBONE);
        }
        kernel.runUntil(60 * SECOND);
        long heapOspf = usedHeap();
        System.out.printf("  OSPF converged by t=60 s virtual, wall %d ms; heap %.0f KiB per router%n",
                (System.nanoTime() - wallStart) / 1_000_000, (heapOspf - heapStart) / 1024.0 / n);

        long wallBgp = System.nanoTime();
        long cpuBgp = cpu();
        long eventsBefore = events;
        for (int i = 1; i <= n; i++) {
            Router r = router[i];
            r.rib().addListener(prefix -> {
                lastChangeVirtual = kernel.now();
                lastChangeWall = System.nanoTime();
                lastChangeCpu = cpu();
            });
            Bgp bgp = Bgp.of(r);
            bgp.start(new AsNumber(AS));
            for (int k = 1; k <= PREFIXES_PER_ROUTER; k++) {
                bgp.addNetwork(new BgpNetwork(originated(i, k), null));
            }
            for (int j = 1; j <= n; j++) {
                if (j == i || !isReflector(i) && !isReflector(j)) {
                    continue;
                }
                bgp.setRemoteAs(loopback(j).toString(), new AsNumber(AS));
                bgp.setNeighbor(loopback(j).toString(), NeighborSetting.UPDATE_SOURCE, InterfaceName.loopback(0));
                if (isReflector(i) && !isReflector(j)) {
                    bgp.setNeighbor(loopback(j).toString(), NeighborSetting.ROUTE_REFLECTOR_CLIENT, true);
                }
            }
        }
        long start = kernel.now();
        kernel.runUntil(start + 240 * SECOND);
        long eventsBgp = events - eventsBefore;
        System.out.printf("  BGP: last RIB change %.1f s virtual after configuring, wall %d ms (kernel thread CPU %d ms)%n",
                (lastChangeVirtual - start) / 1e9, (lastChangeWall - wallBgp) / 1_000_000, (lastChangeCpu - cpuBgp) / 1_000_000);
        System.out.printf("  events: %d; %.0f events/s of wall time%n", eventsBgp,
                eventsBgp / ((System.nanoTime() - wallBgp) / 1e9));
        check(router, n);
        long heapBgp = usedHeap();
        long paths = 0;
        long networks = 0;
        long attributes = 0;
        long accounted = 0;
        for (int i = 1; i <= n; i++) {
            BgpMemory memory = Bgp.of(router[i]).speaker().memory();
            paths += memory.pathEntries();
            networks += memory.networkEntries();
            attributes += memory.attributeEntries();
            accounted += memory.totalBytes();
        }
        System.out.printf("  heap: %.0f KiB per router in all (BGP adds %.0f KiB per router over OSPF)%n",
                (heapBgp - heapStart) / 1024.0 / n, (heapBgp - heapOspf) / 1024.0 / n);
        System.out.printf("  BGP table: %d paths, %d network entries, %d attribute sets in all; %.1f bytes per path"
                + " (BGP's own accounting: %.1f)%n", paths, networks, attributes,
                (heapBgp - heapOspf) / (double) paths, accounted / (double) paths);

        Link pulled = links.get(edges.length / 2);
        long pullVirtual = kernel.now();
        long pullWall = System.nanoTime();
        long pullCpu = cpu();
        lastChangeVirtual = pullVirtual;
        lastChangeWall = pullWall;
        lastChangeCpu = pullCpu;
        long upBefore = established(router, n);
        lab.setConnected(pulled, false);
        kernel.runUntil(pullVirtual + 240 * SECOND);
        System.out.printf("  link %s pulled: %d of %d sessions stayed up; last RIB change %.2f s virtual, %d ms wall"
                + " (CPU %d ms)%n", pulled, established(router, n), upBefore, (lastChangeVirtual - pullVirtual) / 1e9,
                (lastChangeWall - pullWall) / 1_000_000, (lastChangeCpu - pullCpu) / 1_000_000);
        check(router, n);
    }

    private static long established(Router[] router, int n) {
        long up = 0;
        for (int i = 1; i <= n; i++) {
            for (BgpNeighbor neighbor : Bgp.of(router[i]).speaker().neighbors()) {
                if (neighbor.state() == BgpState.ESTABLISHED) {
                    up++;
                }
            }
        }
        return up;
    }

    private static void configure(Router router, InterfaceName port, Ipv4Address address, Ipv4Address mask) {
        Interface iface = router.interfaceNamed(port);
        router.setAddress(iface, address, mask);
        router.setShutdown(iface, false);
    }

    private static void check(Router[] router, int n) {
        long missing = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                for (int k = 1; k <= PREFIXES_PER_ROUTER; k++) {
                    if (j != i && router[i].rib().get(originated(j, k)) == null) {
                        missing++;
                    }
                }
            }
        }
        System.out.printf("  check: %s%n", missing == 0 ? "every router has every prefix"
                : missing + " prefix routes missing");
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
