package org.looplab.scenario;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Three routers in a line, for routing and data-plane tests:
 * <pre>
 *   r1 Gi0/0 10.0.12.1 --- 10.0.12.2 Gi0/0 r2 Gi0/1 10.0.23.2 --- 10.0.23.3 Gi0/0 r3
 *   Loopback0: r1 10.0.0.1/32, r2 10.0.0.2/32, r3 10.0.0.3/32
 * </pre>
 * No static route is configured; {@link #withEndStatics()} adds a default on r1, the routes r2 needs to
 * the loopbacks, and a summary on r3, so that every loopback reaches every other.
 */
public final class LineLab {
    public static final InterfaceName GI0 = InterfaceName.gigabitEthernet(0);
    public static final InterfaceName GI1 = InterfaceName.gigabitEthernet(1);
    public static final InterfaceName LO0 = InterfaceName.loopback(0);
    public static final Ipv4Address HOST_MASK = Ipv4Address.of("255.255.255.255");

    public final Kernel kernel;
    public final Lab lab;
    public final Router r1;
    public final Router r2;
    public final Router r3;
    public final Link link12;
    public final Link link23;

    public LineLab(long seed, long delay12Nanos, long delay23Nanos) {
        kernel = new Kernel(seed);
        lab = new Lab("line", kernel);
        r1 = lab.addRouter("r1");
        r2 = lab.addRouter("r2");
        r3 = lab.addRouter("r3");
        link12 = lab.connect(r1, GI0, r2, GI0);
        link23 = lab.connect(r2, GI1, r3, GI0);
        link12.setDelayNanos(delay12Nanos);
        link23.setDelayNanos(delay23Nanos);
        up(r1, GI0, "10.0.12.1", "255.255.255.0");
        up(r2, GI0, "10.0.12.2", "255.255.255.0");
        up(r2, GI1, "10.0.23.2", "255.255.255.0");
        up(r3, GI0, "10.0.23.3", "255.255.255.0");
        up(r1, LO0, "10.0.0.1", "255.255.255.255");
        up(r2, LO0, "10.0.0.2", "255.255.255.255");
        up(r3, LO0, "10.0.0.3", "255.255.255.255");
    }

    /** r1: default via r2; r2: each end's loopback via that end; r3: 10.0.0.0/8 via r2. */
    public LineLab withEndStatics() {
        route(r1, "0.0.0.0", "0.0.0.0", "10.0.12.2");
        route(r2, "10.0.0.1", "255.255.255.255", "10.0.12.1");
        route(r2, "10.0.0.3", "255.255.255.255", "10.0.23.3");
        route(r3, "10.0.0.0", "255.0.0.0", "10.0.23.2");
        return this;
    }

    public static void up(Router router, InterfaceName name, String address, String mask) {
        Interface iface = router.enterInterface(name);
        String refused = router.setAddress(iface, Ipv4Address.of(address), Ipv4Address.of(mask));
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
        router.setShutdown(iface, false);
    }

    /** {@code ip route NETWORK MASK NEXT-HOP}; fails the test when IOS would refuse it. */
    public static void route(Router router, String network, String mask, String nextHop) {
        String refused = router.addStaticRoute(Ipv4Address.of(network), Ipv4Address.of(mask), null,
                Ipv4Address.of(nextHop), 1);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }
}
