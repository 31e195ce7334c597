package org.looplab.scenario;

import java.util.ArrayList;
import java.util.List;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.OspfProcess;
import org.looplab.ping.PingResult;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.sim.Kernel;

/**
 * Routers r1..rN joined by links given as pairs of router numbers, running OSPF process 1, for scenario
 * tests. Addressing, for routers a &lt; b: the link is 10.a.b.0/24, with 10.a.b.a on ra and 10.a.b.b on rb;
 * Loopback0 of ri is i.i.i.i/32 (also the router id). Ports are given in link order: the first link of a
 * router uses Gi0/0, the next Gi0/1, and so on. By default every interface runs in area 0 through
 * {@code network 0.0.0.0 255.255.255.255 area 0}.
 */
public final class OspfLab {
    public static final InterfaceName LO0 = InterfaceName.loopback(0);
    public static final long SECOND = 1_000_000_000L;

    public final Kernel kernel;
    public final Lab lab;
    public final List<Router> routers = new ArrayList<>();
    public final int[][] edges;
    public final List<Link> links = new ArrayList<>();
    private final int[] nextPort;

    public OspfLab(long seed, int count, int[][] edges) {
        this(seed, count, edges, true);
    }

    public OspfLab(long seed, int count, int[][] edges, boolean area0Everywhere) {
        this.kernel = new Kernel(seed);
        this.lab = new Lab("ospf", kernel);
        this.edges = edges;
        this.nextPort = new int[count + 1];
        for (int i = 1; i <= count; i++) {
            Router router = lab.addRouter("r" + i);
            routers.add(router);
            LineLab.up(router, LO0, i + "." + i + "." + i + "." + i, "255.255.255.255");
        }
        for (int[] edge : edges) {
            int a = Math.min(edge[0], edge[1]);
            int b = Math.max(edge[0], edge[1]);
            InterfaceName portA = InterfaceName.gigabitEthernet(nextPort[a]++);
            InterfaceName portB = InterfaceName.gigabitEthernet(nextPort[b]++);
            Link link = lab.connect(router(a), portA, router(b), portB);
            links.add(link);
            LineLab.up(router(a), portA, "10." + a + "." + b + "." + a, "255.255.255.0");
            LineLab.up(router(b), portB, "10." + a + "." + b + "." + b, "255.255.255.0");
        }
        if (area0Everywhere) {
            for (Router router : routers) {
                ospf(router).addNetwork(Ipv4Address.of("0.0.0.0"), Ipv4Address.of("255.255.255.255"), AreaId.BACKBONE);
            }
        }
    }

    /** Router i (from 1). */
    public Router router(int i) {
        return routers.get(i - 1);
    }

    /** Process 1 of a router, created when missing. */
    public static OspfProcess ospf(Router router) {
        router.ospf().addProcess(1);
        return router.ospf().process(1);
    }

    public OspfProcess ospf(int i) {
        return ospf(router(i));
    }

    public static Ipv4Address loopback(int i) {
        return Ipv4Address.of(i + "." + i + "." + i + "." + i);
    }

    public static Ipv4Prefix loopbackPrefix(int i) {
        return new Ipv4Prefix(loopback(i), 32);
    }

    /** The address of router {@code at} on the link between a and b. */
    public static Ipv4Address linkAddress(int a, int b, int at) {
        return Ipv4Address.of("10." + Math.min(a, b) + "." + Math.max(a, b) + "." + at);
    }

    public static Ipv4Prefix linkPrefix(int a, int b) {
        return Ipv4Prefix.containing(linkAddress(a, b, 0), 24);
    }

    /** The link between routers a and b. */
    public Link link(int a, int b) {
        for (int k = 0; k < edges.length; k++) {
            if ((edges[k][0] == a && edges[k][1] == b) || (edges[k][0] == b && edges[k][1] == a)) {
                return links.get(k);
            }
        }
        throw new IllegalArgumentException("no link " + a + "-" + b);
    }

    /** The interface of router {@code at} on the link between a and b. */
    public Interface end(int a, int b, int at) {
        Link link = link(a, b);
        return link.a().router() == router(at) ? link.a() : link.b();
    }

    public void run(long seconds) {
        kernel.runUntil(kernel.now() + seconds * SECOND);
    }

    public List<Route> paths(int at, Ipv4Prefix prefix) {
        return router(at).rib().paths(prefix);
    }

    /** A one-echo ping from router {@code from} to an address, sourced from its Loopback0; true on a reply. */
    public boolean ping(int from, Ipv4Address to) {
        PingResult[] result = new PingResult[1];
        PingSession.start(router(from), to, loopback(from), 1, 2 * SECOND, done -> result[0] = done);
        long deadline = kernel.now() + 3 * SECOND;
        while (result[0] == null && kernel.now() < deadline) {
            kernel.runUntil(kernel.now() + SECOND / 10);
        }
        return result[0] != null && result[0].received() == 1;
    }
}
