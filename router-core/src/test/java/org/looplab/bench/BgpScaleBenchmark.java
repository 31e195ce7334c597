package org.looplab.bench;

import java.util.ArrayList;
import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.NeighborSetting;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;

/**
 * BGP at scale, measured (not asserted): N routers (default 1,000) on the OSPF benchmark's seeded random
 * graph, OSPF area 0 on every link and Loopback0, iBGP AS 65000 from every router's Loopback0 to two
 * route reflectors (r1 and r2, which peer with each other), each router originating 10 host prefixes
 * (Loopback1-10). Prints the wall time from start to converged (every router has a BGP route to every
 * prefix), heap per router, bytes per BGP path, events per second; then pulls one link and prints how
 * many sessions went down and the wall time until the routers agree again.
 * Run: {@code router-core/bench/bgp-scale.sh [routers] [seed]}.
 */
public final class BgpScaleBenchmark {
    private static final long SECOND = 1_000_000_000L;
    private static final int PREFIXES_PER_ROUTER = 10;
    private static final AsNumber AS = new AsNumber(65000);
    private static final Ipv4Address HOST_MASK = Ipv4Address.of("255.255.255.255");

    private long lastChangeVirtual;
    private long lastChangeWall;
    private long events;

    public static void main(String[] args) {
        int routers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        new BgpScaleBenchmark().run(routers, seed);
    }

    private static Ipv4Address loopback0(int i) {
        return new Ipv4Address(Ipv4Address.of("10.255.0.0").bits() + i);
    }

    /** Router i's k-th originated prefix (k from 1), a /32 in 100.64.0.0/10. */
    private static Ipv4Address originated(int i, int k) {
        return new Ipv4Address(Ipv4Address.of("100.64.0.0").bits() + i * 16 + k);
    }

    private void run(int n, long seed) {
        System.out.printf("BGP scale benchmark: %d routers, seed %d, iBGP to route reflectors r1 and r2, %d prefixes each%n",
                n, seed, PREFIXES_PER_ROUTER);
        long heapBefore = usedHeap();
        long wallStart = System.nanoTime();
        Kernel kernel = new Kernel(seed);
        kernel.setObserver(event -> events++);
        Lab lab = new Lab("bench", kernel);
        int[][] edges = OspfScaleBenchmark.randomGraph(n, seed);
        Router[] router = new Router[n + 1];
        int[] nextPort = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            router[i] = lab.addRouter("r" + i);
            for (int k = 0; k <= PREFIXES_PER_ROUTER; k++) {
                Interface lo = router[i].enterInterface(InterfaceName.loopback(k));
                router[i].setAddress(lo, k == 0 ? loopback0(i) : originated(i, k), HOST_MASK);
            }
        }
        List<Link> links = new ArrayList<>();
        int base = Ipv4Address.of("172.16.0.0").bits();
        Ipv4Address linkMask = Ipv4Address.of("255.255.255.252");
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
            Router r = router[i];
            r.rib().addListener(prefix -> {
                lastChangeVirtual = kernel.now();
                lastChangeWall = System.nanoTime();
            });
            r.ospf().addProcess(1);
            // OSPF carries the links and Loopback0 only; the originated prefixes travel in BGP.
            r.ospf().process(1).addNetwork(Ipv4Address.of("172.16.0.0"), Ipv4Address.of("0.15.255.255"), AreaId.BACKBONE);
            r.ospf().process(1).addNetwork(loopback0(i), Ipv4Address.ANY, AreaId.BACKBONE);
            Bgp bgp = Bgp.of(r);
            bgp.start(AS);
            boolean reflector = i <= 2;
            for (int j = 1; j <= (reflector ? n : 2); j++) {
                if (j == i) {
                    continue;
                }
                String neighbor = loopback0(j).toString();
                bgp.setRemoteAs(neighbor, AS);
                bgp.setNeighbor(neighbor, NeighborSetting.UPDATE_SOURCE, InterfaceName.loopback(0));
                if (reflector && j > 2) {
                    bgp.setNeighbor(neighbor, NeighborSetting.ROUTE_REFLECTOR_CLIENT, Boolean.TRUE);
                }
            }
            for (int k = 1; k <= PREFIXES_PER_ROUTER; k++) {
                bgp.addNetwork(new BgpNetwork(new Ipv4Prefix(originated(i, k), 32), null));
            }
        }
        long wallBuilt = System.nanoTime();
        System.out.printf("  topology: %d links, %d sessions, built in %d ms%n", edges.length, 2 * (n - 2) + 1,
                (wallBuilt - wallStart) / 1_000_000);

        runUntilQuiet(kernel, 600 * SECOND);
        long eventsAtConvergence = events;
        System.out.printf("  convergence: virtual %.1f s, wall %d ms from start (%d ms after building)%n",
                lastChangeVirtual / 1e9, (lastChangeWall - wallStart) / 1_000_000, (lastChangeWall - wallBuilt) / 1_000_000);
        System.out.printf("  events: %d; %.0f events/s of wall time%n", eventsAtConvergence,
                eventsAtConvergence / ((System.nanoTime() - wallBuilt) / 1e9));
        long paths = checkFullyConverged(router, n);

        long heapAfter = usedHeap();
        System.out.printf("  heap: %.1f MiB in all, %.0f KiB per router; %d BGP prefixes in RIBs, %.0f bytes of heap per RIB-installed BGP route (all state included)%n",
                (heapAfter - heapBefore) / 1048576.0, (heapAfter - heapBefore) / 1024.0 / n, paths,
                (heapAfter - heapBefore) / (double) Math.max(1, paths));

        Link pulled = links.get(edges.length / 2);
        long pullVirtual = kernel.now();
        long pullWall = System.nanoTime();
        lastChangeVirtual = pullVirtual;
        lastChangeWall = pullWall;
        lab.setConnected(pulled, false);
        runUntilQuiet(kernel, pullVirtual + 600 * SECOND);
        int down = 0;
        for (int i = 1; i <= n; i++) {
            for (LogMessage message : router[i].log().messages()) {
                if (message.timeNanos() >= pullVirtual && message.text().startsWith("%BGP-5-ADJCHANGE")
                        && message.text().contains(" Down ")) {
                    down++;
                }
            }
        }
        System.out.printf("  link %s pulled: %d session ends logged (%d sessions stayed up); routers agree again after %.2f s virtual, %d ms wall%n",
                pulled, down, 2 * (n - 2) + 1 - down / 2, (lastChangeVirtual - pullVirtual) / 1e9,
                (lastChangeWall - pullWall) / 1_000_000);
        checkFullyConverged(router, n);
    }

    /** Runs until no RIB has changed for 30 s of virtual time (BGP's scanner and MRAI fit well inside). */
    private void runUntilQuiet(Kernel kernel, long limit) {
        long step = 5 * SECOND;
        while (kernel.now() < limit) {
            kernel.runUntil(kernel.now() + step);
            if (kernel.now() - lastChangeVirtual > 30 * SECOND) {
                return;
            }
        }
    }

    private static void configure(Router router, InterfaceName port, Ipv4Address address, Ipv4Address mask) {
        Interface iface = router.interfaceNamed(port);
        router.setAddress(iface, address, mask);
        router.setShutdown(iface, false);
    }

    /** Prints whether every router has a BGP route to every other router's prefixes; returns how many it has. */
    private static long checkFullyConverged(Router[] router, int n) {
        long present = 0;
        long missing = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (j == i) {
                    continue;
                }
                for (int k = 1; k <= PREFIXES_PER_ROUTER; k++) {
                    Route route = router[i].rib().get(new Ipv4Prefix(originated(j, k), 32));
                    if (route != null && (route.source() == RouteSource.IBGP || route.source() == RouteSource.EBGP)) {
                        present++;
                    } else {
                        missing++;
                    }
                }
            }
        }
        System.out.printf("  check: %s%n", missing == 0 ? "every router has a BGP route to every prefix"
                : missing + " BGP routes missing");
        return present;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
