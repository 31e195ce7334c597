package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.routing.Route;
import org.looplab.scenario.OspfLab;

/** maximum-paths, distance, log-adjacency-changes and the duplicate router id, each on a small lab. */
class OspfProcessOptionsTest {
    /** r1 reaches r6 over five equal paths (r2..r5). */
    private static final int[][] FAN = {{1, 2}, {1, 3}, {1, 4}, {1, 5}, {2, 6}, {3, 6}, {4, 6}, {5, 6}};

    @Test
    void maximumPathsCapsTheEqualCostPathsInstalled() {
        OspfLab lab = new OspfLab(1, 6, FAN);
        lab.run(60);
        assertEquals(4, lab.paths(1, OspfLab.loopbackPrefix(6)).size());
        lab.ospf(1).setMaximumPaths(1);
        lab.run(10);
        assertEquals(1, lab.paths(1, OspfLab.loopbackPrefix(6)).size());
        lab.ospf(1).setMaximumPaths(8);
        lab.run(10);
        assertEquals(4, lab.paths(1, OspfLab.loopbackPrefix(6)).size(), "four paths exist");
        assertEquals(Ospf.INVALID_INPUT, lab.ospf(1).setMaximumPaths(33));
    }

    @Test
    void distancesPerRouteType() {
        OspfLab lab = new OspfLab(1, 2, new int[][] {{1, 2}});
        lab.router(2).addStaticRoute(Ipv4Address.of("192.168.50.0"), Ipv4Address.of("255.255.255.0"),
                org.looplab.router.InterfaceName.nullInterface(), null, 1);
        lab.ospf(2).setRedistribution(new Redistribution(Redistribution.Source.STATIC, null, null, true, null));
        lab.run(60);
        lab.ospf(1).setDistances(null, null, 170);
        lab.run(10);
        Route external = lab.router(1).rib().get(org.looplab.net.Ipv4Prefix.containing(Ipv4Address.of("192.168.50.0"), 24));
        assertEquals(170, external.distance());
        assertEquals(110, lab.router(1).rib().get(OspfLab.loopbackPrefix(2)).distance());
        lab.ospf(1).setDistances(90, 90, 90);
        lab.run(10);
        assertEquals(90, lab.router(1).rib().get(OspfLab.loopbackPrefix(2)).distance());
    }

    @Test
    void adjacencyLoggingPlainDetailOrOff() {
        OspfLab plain = new OspfLab(1, 2, new int[][] {{1, 2}});
        plain.run(60);
        List<String> lines = ospfLines(plain);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("from LOADING to FULL, Loading Done"), lines.toString());

        OspfLab detail = new OspfLab(1, 2, new int[][] {{1, 2}});
        detail.ospf(1).setAdjacencyLogging(OspfProcess.AdjacencyLogging.DETAIL);
        detail.run(60);
        String all = String.join("\n", ospfLines(detail));
        assertTrue(all.contains("from DOWN to INIT, Received Hello"), all);
        assertTrue(all.contains("from INIT to 2WAY, 2-Way Received"), all);
        assertTrue(all.contains("from EXSTART to EXCHANGE, Negotiation Done"), all);

        OspfLab off = new OspfLab(1, 2, new int[][] {{1, 2}});
        off.ospf(1).setAdjacencyLogging(OspfProcess.AdjacencyLogging.OFF);
        off.run(60);
        assertTrue(ospfLines(off).isEmpty());
    }

    @Test
    void aDuplicateRouterIdIsLoggedAndNoAdjacencyForms() {
        OspfLab lab = new OspfLab(1, 2, new int[][] {{1, 2}});
        lab.ospf(2).setRouterId(Ipv4Address.of("1.1.1.1"));
        lab.run(130);
        assertTrue(lab.ospf(1).neighbors().isEmpty());
        long logged = lab.router(1).log().messages().stream().filter(m -> m.text().equals(
                "%OSPF-4-DUP_RTRID_NBR: OSPF detected duplicate router-id 1.1.1.1 from 10.1.2.2 on interface "
                        + "GigabitEthernet0/0")).count();
        assertEquals(3, logged, "at 0 s, 60 s and 120 s: once a minute");
    }

    private static List<String> ospfLines(OspfLab lab) {
        return lab.router(1).log().messages().stream().map(LogMessage::text).filter(t -> t.contains("OSPF-5-ADJCHG"))
                .toList();
    }
}
