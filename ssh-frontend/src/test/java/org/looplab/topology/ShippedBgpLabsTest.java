package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Every shipped BGP lab, loaded from its topology file and startup-configs and run on the virtual clock
 * as fast as possible: every session Established and every router's 192.168.N.0/24 in every router's BGP
 * table, as {@code show ip bgp summary} and {@code show ip bgp} print them.
 */
class ShippedBgpLabsTest {
    private static final long SECOND = 1_000_000_000L;

    /** The lab of a topology folder, converged: three virtual minutes covers OSPF, BGP and eBGP's MRAI. */
    static Lab converged(String folder) throws Exception {
        Topology topology = TopologyLoader.load(Path.of("../topologies", folder));
        Lab lab = new Lab(topology.name(), new Kernel(1));
        for (TopologyNode node : topology.nodes()) {
            lab.addRouter(node.name());
        }
        for (TopologyLink link : topology.links()) {
            lab.connect(lab.router(link.a().node()), link.a().port(), lab.router(link.b().node()), link.b().port())
                    .setDelayNanos(link.delayNanos());
        }
        for (TopologyNode node : topology.nodes()) {
            String config = Files.readString(node.startupConfig());
            assertEquals(List.of(), ConfigLoader.apply(lab.router(node.name()), config), node.name());
        }
        lab.kernel().runUntil(lab.kernel().now() + 180 * SECOND);
        return lab;
    }

    @ParameterizedTest
    @ValueSource(strings = {"triangle", "ebgp-vs-ibgp", "route-reflectors", "two-as"})
    void everySessionEstablishedAndEveryPrefixEverywhere(String folder) throws Exception {
        Lab lab = converged(folder);
        List<Router> routers = List.copyOf(lab.routers());
        for (Router router : routers) {
            BgpSpeaker speaker = Bgp.of(router).speaker();
            assertNotNull(speaker, router.name());
            String summary = new CliSession(router, "admin", 15, "test").execute("show ip bgp summary");
            for (BgpNeighbor neighbor : speaker.neighbors()) {
                assertTrue(neighbor.isEstablished(), folder + " " + router.name() + " " + neighbor + "\n" + summary);
            }
            String table = new CliSession(router, "admin", 15, "test").execute("show ip bgp");
            for (int n = 1; n <= routers.size(); n++) {
                Ipv4Prefix prefix = new Ipv4Prefix(Ipv4Address.of("192.168." + n + ".0"), 24);
                assertNotNull(speaker.entry(prefix), folder + " " + router.name() + " lacks " + prefix + "\n" + table);
                assertNotNull(speaker.entry(prefix).best(), folder + " " + router.name() + " " + prefix + "\n" + table);
                assertTrue(table.contains(" 192.168." + n + ".0 "), table);
            }
        }
    }

    @Test
    void twoAsExitsThroughR2ForItsLocalPreference() throws Exception {
        Lab lab = converged("two-as");
        String table = new CliSession(lab.router("r1"), "admin", 15, "test").execute("show ip bgp");
        // r2 sets local-preference 200 on what r4 sends and, with next-hop-self, gives it to r1 as 10.0.0.2.
        for (int n = 4; n <= 6; n++) {
            assertTrue(table.matches("(?s).*\n \\*>i  192\\.168\\." + n + "\\.0      10\\.0\\.0\\.2 +\\d* +200      0 65002 i\n.*"),
                    table);
        }
        String route = new CliSession(lab.router("r1"), "admin", 15, "test").execute("show ip route 192.168.5.0");
        assertTrue(route.contains("Known via \"bgp 65001\", distance 200"), route);
        assertTrue(route.contains("  * 10.0.0.2, from 10.0.0.2, "), route);
    }
}
