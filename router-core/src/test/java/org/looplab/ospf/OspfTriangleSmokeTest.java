package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.log.LogMessage;
import org.looplab.scenario.OspfLab;

class OspfTriangleSmokeTest {
    @Test
    void triangleConverges() {
        OspfLab lab = new OspfLab(1, 3, new int[][] {{1, 2}, {2, 3}, {1, 3}});
        lab.run(60);
        for (int i = 1; i <= 3; i++) {
            for (Neighbor n : lab.ospf(i).neighbors()) {
                System.out.println("r" + i + " " + n.routerId() + " " + n.stateText() + " " + n.ospfInterface().name());
            }
            for (LogMessage m : lab.router(i).log().messages()) {
                System.out.println("r" + i + " " + m.timeNanos() / 1_000_000 + " " + m.text());
            }
            System.out.println(lab.router(i).rib().selectedPaths());
        }
        assertEquals(2, lab.ospf(1).neighbors().size());
        assertTrue(lab.ping(1, OspfLab.loopback(3)));
    }
}
