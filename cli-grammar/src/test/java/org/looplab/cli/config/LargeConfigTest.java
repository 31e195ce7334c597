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
    @Timeout(20)
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
}
