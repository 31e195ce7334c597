package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;

/**
 * Loading a startup-config costs time linear in its lines: 40,000 static routes, half of them usable
 * (Null0), half with a next hop nothing resolves, load well within a hang bound (they took 37 s of CPU
 * when every line re-evaluated every static route; now a fraction of a second:
 * {@code BENCHMARK=ConfigLoadBenchmark ssh-frontend/benchmark.sh}).
 */
class LargeConfigTest {
    private static final int ROUTES = 40_000;

    @Test
    @Timeout(60)
    void fortyThousandStaticRoutesLoadInOnePass() {
        StringBuilder config = new StringBuilder("hostname R1\n");
        for (int i = 0; i < ROUTES; i++) {
            config.append("ip route 10.").append(i >> 8 & 255).append('.').append(i & 255).append(".0 255.255.255.0 ")
                    .append(i % 2 == 0 ? "Null0" : "192.0.2.1").append('\n');
        }
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(router, config.toString()));
        assertEquals(ROUTES, router.staticRoutes().size());
        assertEquals(ROUTES / 2, router.rib().routes().stream().filter(r -> r.source() == RouteSource.STATIC).count());
    }

    /**
     * 100,000 lines: 50,000 new loopbacks, each with an address that an OSPF network statement takes in.
     * Each address was checked against every interface before (quadratic: 13 s of CPU for 20,000 of them),
     * now against the router's index of connected subnets.
     */
    @Test
    @Timeout(60)
    void aHundredThousandLinesOfAddressedLoopbacksInOspfLoad() {
        int loopbacks = 50_000;
        StringBuilder config = new StringBuilder("hostname R1\nrouter ospf 1\n network 10.0.0.0 0.255.255.255 area 0\n");
        for (int i = 1; i <= loopbacks; i++) {
            config.append("interface Loopback").append(i).append('\n')
                    .append(" ip address 10.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.')
                    .append(i & 255).append(" 255.255.255.255\n");
        }
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(router, config.toString()));
        assertEquals(loopbacks, router.interfaces().stream().filter(each -> each.isLoopback() && each.address() != null).count());
        assertEquals(loopbacks, router.rib().routes().stream().filter(r -> r.source() == RouteSource.CONNECTED).count());
    }
}
