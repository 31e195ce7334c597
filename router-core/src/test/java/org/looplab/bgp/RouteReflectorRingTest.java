package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.BgpLab;
import org.looplab.scenario.OspfLab;

/** Issue 8 section 7.6: a ring of 10 under OSPF, iBGP to two route reflectors (r1 and r6). */
class RouteReflectorRingTest {
    static final int N = 10;
    static final int[] REFLECTORS = {1, 6};

    static boolean isReflector(int i) {
        return i == 1 || i == 6;
    }

    static BgpLab ring(long seed) {
        int[][] edges = new int[N][];
        for (int i = 1; i <= N; i++) {
            edges[i - 1] = new int[] {i, i % N + 1};
        }
        BgpLab lab = BgpScenarioTest.igpLab(seed, N, edges);
        for (int i = 1; i <= N; i++) {
            lab.start(i, 65000);
            lab.network(i, BgpScenarioTest.lo1Prefix(i));
        }
        for (int i = 1; i <= N; i++) {
            if (isReflector(i)) {
                for (int j = 1; j <= N; j++) {
                    if (j != i) {
                        lab.loopbackPeer(i, j, 65000);
                        if (!isReflector(j)) {
                            lab.set(i, OspfLab.loopback(j), NeighborSetting.ROUTE_REFLECTOR_CLIENT, true);
                        }
                    }
                }
            } else {
                for (int reflector : REFLECTORS) {
                    lab.loopbackPeer(i, reflector, 65000);
                }
            }
        }
        return lab;
    }

    static void assertAllSessionsUp(BgpLab lab, String when) {
        for (int i = 1; i <= N; i++) {
            for (BgpNeighbor peer : lab.speaker(i).neighbors()) {
                assertEquals(BgpState.ESTABLISHED, peer.state(), when + ": r" + i + " " + peer + " " + peer.transitions());
            }
        }
    }

    static void assertEveryPrefixEverywhere(BgpLab lab, String when) {
        for (int i = 1; i <= N; i++) {
            for (int j = 1; j <= N; j++) {
                if (i != j) {
                    Route route = lab.router(i).rib().get(BgpScenarioTest.lo1Prefix(j));
                    assertNotNull(route, when + ": r" + i + " has no route to " + BgpScenarioTest.lo1Prefix(j));
                    assertEquals(RouteSource.IBGP, route.source());
                    assertEquals(OspfLab.loopback(j), route.nextHop(), "next hop kept by the reflectors");
                }
            }
        }
    }

    static void assertPings(BgpLab lab, String when) {
        for (int i = 1; i <= N; i++) {
            for (int j = 1; j <= N; j++) {
                if (i != j) {
                    assertTrue(lab.net.ping(i, BgpScenarioTest.lo1(j)), when + ": ping r" + i + " -> Loopback1 of r" + j);
                }
            }
        }
    }

    @Test
    void everyRouterLearnsEveryPrefixAndEverySingleLinkFailureLeavesSessionsUp() {
        BgpLab lab = ring(13);
        lab.run(200);
        assertAllSessionsUp(lab, "converged");
        assertEveryPrefixEverywhere(lab, "converged");
        assertPings(lab, "converged");
        LocRibEntry reflected = lab.speaker(3).entry(BgpScenarioTest.lo1Prefix(8));
        assertEquals(2, reflected.pathCount(), "one path from each reflector");
        assertEquals(lab.speaker(8).routerId(), reflected.best().attributes().originatorId(), "IOS: the highest loopback");
        assertEquals(1, reflected.best().attributes().clusterListLength());
        for (int k = 1; k <= N; k++) {
            int a = k;
            int b = k % N + 1;
            String when = "link " + a + "-" + b + " pulled";
            lab.net.lab.setConnected(lab.net.link(a, b), false);
            lab.run(30);
            assertAllSessionsUp(lab, when);
            assertEveryPrefixEverywhere(lab, when);
            assertPings(lab, when);
            lab.net.lab.setConnected(lab.net.link(a, b), true);
            lab.run(60);
        }
        assertAllSessionsUp(lab, "all restored");
    }
}
