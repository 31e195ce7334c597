package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.looplab.scenario.OspfLab;

/**
 * The shipped topologies in virtual time: after convergence every router's routes equal the independent
 * computation of {@link ExpectedRoutes} and every loopback answers a ping from every loopback; each link
 * pulled in turn reroutes (new paths, still reachable) and restoring it brings the original paths back.
 */
class OspfTopologyTest {
    static final int[][] TRIANGLE = {{1, 2}, {2, 3}, {1, 3}};
    static final int[][] SQUARE_WITH_DIAGONAL = {{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 3}};
    static final int[][] RING10 = ring(10);

    static int[][] ring(int n) {
        int[][] edges = new int[n][];
        for (int i = 1; i <= n; i++) {
            edges[i - 1] = new int[] {i, i % n + 1};
        }
        return edges;
    }

    static Stream<Arguments> topologies() {
        return Stream.of(Arguments.of("triangle", 3, TRIANGLE), Arguments.of("square", 4, SQUARE_WITH_DIAGONAL),
                Arguments.of("ring10", 10, RING10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void convergesRoutesAsComputedAndEveryLoopbackPings(String name, int count, int[][] edges) {
        OspfLab lab = new OspfLab(7, count, edges);
        lab.run(60);
        assertRoutesAsExpected(lab, count, Set.of());
        assertAllLoopbacksPing(lab, count);
        for (int i = 1; i <= count; i++) {
            for (Neighbor neighbor : lab.ospf(i).neighbors()) {
                assertEquals(NeighborState.FULL, neighbor.state(), name + " r" + i + " " + neighbor);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void eachLinkPulledReroutesAndRestoringBringsBackTheOriginalPaths(String name, int count, int[][] edges) {
        OspfLab lab = new OspfLab(7, count, edges);
        lab.run(60);
        for (int[] edge : edges) {
            String pulled = ExpectedRoutes.key(edge[0], edge[1]);
            lab.lab.setConnected(lab.link(edge[0], edge[1]), false);
            assertTrue(lastLog(lab, edge[0]).endsWith("to DOWN, Neighbor Down: Interface down or detached"),
                    lastLog(lab, edge[0]));
            lab.run(30);
            assertRoutesAsExpected(lab, count, Set.of(pulled));
            assertAllLoopbacksPing(lab, count);
            lab.lab.setConnected(lab.link(edge[0], edge[1]), true);
            lab.run(70);
            assertRoutesAsExpected(lab, count, Set.of());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void aPartitioningCutMakesTheFarLoopbacksUnreachable(String name, int count, int[][] edges) {
        OspfLab lab = new OspfLab(7, count, edges);
        lab.run(60);
        // Cut every link of r1: r1 alone on one side.
        Set<String> pulled = new HashSet<>();
        for (int[] edge : edges) {
            if (edge[0] == 1 || edge[1] == 1) {
                lab.lab.setConnected(lab.link(edge[0], edge[1]), false);
                pulled.add(ExpectedRoutes.key(edge[0], edge[1]));
            }
        }
        lab.run(30);
        assertRoutesAsExpected(lab, count, pulled);
        for (int i = 2; i <= count; i++) {
            assertNull(lab.router(1).rib().get(OspfLab.loopbackPrefix(i)));
            assertNull(lab.router(i).rib().get(OspfLab.loopbackPrefix(1)));
            assertFalse(lab.ping(1, OspfLab.loopback(i)));
            assertFalse(lab.ping(i, OspfLab.loopback(1)));
        }
        for (int i = 2; i <= count; i++) {
            for (int j = 2; j <= count; j++) {
                assertTrue(i == j || lab.ping(i, OspfLab.loopback(j)), "r" + i + " -> r" + j);
            }
        }
    }

    private static String lastLog(OspfLab lab, int router) {
        var messages = lab.router(router).log().messages();
        return messages.get(messages.size() - 1).text();
    }

    static void assertRoutesAsExpected(OspfLab lab, int count, Set<String> pulled) {
        ExpectedRoutes expected = new ExpectedRoutes(lab, count, pulled);
        for (int s = 1; s <= count; s++) {
            for (int i = 1; i <= count; i++) {
                if (i != s) {
                    assertEquals(expected.loopback(s, i), ExpectedRoutes.installed(lab, s, OspfLab.loopbackPrefix(i)),
                            "r" + s + " to Loopback0 of r" + i + " with " + pulled + " pulled");
                }
            }
            for (int[] edge : lab.edges) {
                if (edge[0] == s || edge[1] == s) {
                    continue;
                }
                assertEquals(expected.link(s, edge[0], edge[1]),
                        ExpectedRoutes.installed(lab, s, OspfLab.linkPrefix(edge[0], edge[1])),
                        "r" + s + " to link " + edge[0] + "-" + edge[1] + " with " + pulled + " pulled");
            }
        }
    }

    static void assertAllLoopbacksPing(OspfLab lab, int count) {
        for (int s = 1; s <= count; s++) {
            for (int i = 1; i <= count; i++) {
                if (i != s) {
                    assertTrue(lab.ping(s, OspfLab.loopback(i)), "ping r" + s + " -> " + OspfLab.loopback(i));
                }
            }
        }
    }
}
