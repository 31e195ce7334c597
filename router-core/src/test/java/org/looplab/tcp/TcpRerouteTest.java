package org.looplab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.looplab.scenario.OspfLab;

/** What BGP between loopbacks relies on: a connection rides out a link failure while OSPF reroutes it. */
class TcpRerouteTest {
    @Test
    void aLoopbackConnectionSurvivesAPulledCableOnceOspfFindsTheWayRound() {
        OspfLab lab = new OspfLab(3, 3, new int[][] {{1, 2}, {2, 3}, {1, 3}});
        lab.run(60);
        List<RecordingHandler> accepted = new ArrayList<>();
        TcpStack.of(lab.router(2)).listen(OspfLab.loopback(2), 179, connection -> {
            RecordingHandler handler = new RecordingHandler(lab.kernel);
            accepted.add(handler);
            return handler;
        });
        RecordingHandler client = new RecordingHandler(lab.kernel);
        TcpConnection active = TcpStack.of(lab.router(1)).connect(OspfLab.loopback(1), OspfLab.loopback(2), 179, 255,
                client);
        lab.run(1);
        assertEquals(TcpState.ESTABLISHED, active.state());

        byte[] data = new byte[20_000];
        new Random(5).nextBytes(data);
        active.send(data);
        lab.lab.setConnected(lab.link(1, 2), false); // what was in flight on r1-r2 is lost
        lab.run(30);
        assertArrayEquals(data, accepted.get(0).received.toByteArray());
        assertEquals(TcpState.ESTABLISHED, active.state());
        assertTrue(active.retransmissions() > 0, "the lost segments went again");
        assertNull(client.closedBy);
        assertNull(accepted.get(0).closedBy);
    }
}
