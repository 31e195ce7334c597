package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.router.Interface;
import org.looplab.scenario.OspfLab;

/** RFC 2328 10.6: the Interface MTU of DBD packets, and {@code ip ospf mtu-ignore}. */
class OspfMtuTest {
    private static String state(OspfLab lab, int at) {
        return lab.ospf(at).neighbors().get(0).stateText();
    }

    @Test
    void aNeighbourAnnouncingALargerMtuIsRefusedUntilMtuIgnore() {
        OspfLab lab = new OspfLab(1, 2, OspfFeatureTest.PAIR);
        Interface small = lab.end(1, 2, 1);
        assertTrue(lab.router(1).setIpMtu(small, 1400));
        lab.run(120);
        // r1 refuses r2's DBDs (1500 > 1400): neither side ever leaves EXSTART, so no routes cross.
        assertTrue(state(lab, 1).startsWith("EXSTART/"), state(lab, 1));
        assertTrue(state(lab, 2).startsWith("EXSTART/"), state(lab, 2));
        assertFalse(lab.ping(1, OspfLab.loopback(2)));

        lab.router(1).ospf().setMtuIgnore(small, true);
        lab.run(30);
        assertTrue(state(lab, 1).startsWith("FULL/"), state(lab, 1));
        assertTrue(state(lab, 2).startsWith("FULL/"), state(lab, 2));
        assertTrue(lab.ping(1, OspfLab.loopback(2)));
    }

    @Test
    void theSideWithTheLargerMtuAcceptsAndEqualMtusFormAnAdjacency() {
        OspfLab lab = new OspfLab(1, 2, OspfFeatureTest.PAIR);
        lab.router(1).setMtu(lab.end(1, 2, 1), 9000);
        lab.router(2).setMtu(lab.end(1, 2, 2), 9000);
        lab.run(60);
        assertEquals("FULL/DR", state(lab, 1));
    }

    @Test
    void ipMtuFollowsTheInterfaceMtuAndNeverExceedsIt() {
        OspfLab lab = new OspfLab(1, 2, OspfFeatureTest.PAIR);
        Interface port = lab.end(1, 2, 1);
        assertEquals(1500, port.ipMtu());
        assertFalse(lab.router(1).setIpMtu(port, 1600));
        lab.router(1).setMtu(port, 1600);
        assertEquals(1600, port.ipMtu());
        assertTrue(lab.router(1).setIpMtu(port, 1550));
        lab.router(1).setMtu(port, 1500); // the ip mtu the new MTU no longer allows follows it down
        assertEquals(1500, port.ipMtu());
        assertFalse(port.ipMtuConfigured());
    }
}
