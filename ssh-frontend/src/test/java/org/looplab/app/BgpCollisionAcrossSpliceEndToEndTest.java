package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.MalformedBgpFromHostEndToEndTest.RawPeer;

/**
 * A connection collision (RFC 4271 6.8) across the host splice, with the speaker played by raw sockets on
 * 127.0.0.2 so that the order of every message is the test's: r1's active open is accepted at the
 * speaker's address while the speaker opens its own connection to r1's endpoint, and both OPENs cross.
 * Whichever way the collision goes, the connection r1 gives up ends on the host too (its NOTIFICATION,
 * then end of stream), the one it keeps becomes Established, and a connection the speaker gives up ends
 * inside the lab at once (not at a hold timer).
 */
class BgpCollisionAcrossSpliceEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Cease / Connection Collision Resolution (RFC 4271 6.7). */
    private static final String COLLISION = "0607";
    private static final String NEIGHBOR = "show ip bgp neighbors 10.0.99.2";

    @TempDir
    Path folder;

    /** OPEN of AS 65100 with BGP identifier {@code id} (hex), hold time 90, 4-octet AS, IPv4 unicast, route refresh. */
    private static byte[] open(String id) {
        return MalformedBgpFromHostEndToEndTest.message(1,
                "04 fe4c 005a " + id + " 14 0206 4104 0000fe4c 0206 0104 00010001 0202 0200");
    }

    private static byte[] keepalive() {
        return MalformedBgpFromHostEndToEndTest.message(4, "");
    }

    @Test
    void bothSidesKeepTheSameConnectionAndTheLoserClosesOnTheHostToo() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder);
             ServerSocket speaker = new ServerSocket()) {
            speaker.bind(new InetSocketAddress(InetAddress.getByName(HostPeeringLab.SPEAKER), lab.speakerPort));
            speaker.setSoTimeout((int) WAIT.toMillis());
            // r1 waits out ConnectRetry (its first tries found no speaker listening): it opens again at once.
            lab.cli("r1", "clear ip bgp 10.0.99.2");

            // Speaker 10.255.0.9 is above r1's 10.0.0.1: the connection the speaker opened wins.
            try (RawPeer fromR1 = acceptOpen(speaker); RawPeer toR1 = RawPeer.connect(lab)) {
                fromR1.send(open("0aff0009"));
                assertEquals(4, fromR1.read()[18], "r1 confirms the OPEN on its own connection (OpenConfirm)");
                toR1.send(open("0aff0009"));
                assertEquals(COLLISION, fromR1.notification(), "r1 gives up the connection it opened");
                assertTrue(fromR1.closedByRouter(), "the connection r1 gave up still open on the host");
                assertEquals(4, toR1.read()[18]);
                toR1.send(keepalive());
                awaitEstablished(lab, 1);

                // The speaker ends the session (Cease, close): r1 hears it at once, not at its hold timer, and
                // opens again after a moment.
                toR1.send(MalformedBgpFromHostEndToEndTest.message(3, "0604"));
            }
            awaitDown(lab);

            // Speaker 9.9.9.9 is below r1's: r1's own connection wins, OPENs in the other order.
            try (RawPeer fromR1 = acceptOpen(speaker); RawPeer toR1 = RawPeer.connect(lab)) {
                toR1.send(open("09090909"));
                assertEquals(4, toR1.read()[18], "r1 confirms the OPEN on the speaker's connection");
                fromR1.send(open("09090909"));
                assertEquals(COLLISION, toR1.notification(), "r1 gives up the connection the speaker opened");
                assertTrue(toR1.closedByRouter(), "the connection r1 gave up still open on the host");
                assertEquals(4, fromR1.read()[18]);
                fromR1.send(keepalive());
                awaitEstablished(lab, 2);
                assertEquals(1, connectionsTo(lab), lab.cli("r1", "show tcp brief"));
            }
            awaitDown(lab); // the speaker closed both sockets

            // The speaker resolves it first (as BIRD does on the first OPEN that finds the other connection in
            // OpenConfirm) and closes its loser: r1 drops that session at once and keeps the other.
            try (RawPeer fromR1 = acceptOpen(speaker); RawPeer toR1 = RawPeer.connect(lab)) {
                toR1.send(open("0aff0009"));
                assertEquals(4, toR1.read()[18]);
                fromR1.send(MalformedBgpFromHostEndToEndTest.message(3, COLLISION));
                fromR1.close();
                HostPeeringLab.await(WAIT, () -> connectionsTo(lab) == 1, () -> lab.cli("r1", "show tcp brief"));
                toR1.send(keepalive());
                awaitEstablished(lab, 3);
                assertTrue(lab.cli("r1", "show logging").contains(
                        "%BGP-3-NOTIFICATION: received from neighbor 10.0.99.2 active 6/7 (Connection Collision Resolution) 0 bytes"),
                        lab.cli("r1", "show logging"));
            }
        }
    }

    /** r1's next active open, accepted at the speaker's address, with its OPEN read. */
    private static RawPeer acceptOpen(ServerSocket speaker) throws Exception {
        RawPeer peer = new RawPeer(speaker.accept());
        peer.socket.setSoTimeout(10_000);
        assertEquals(1, peer.read()[18], "r1 opens with an OPEN");
        return peer;
    }

    private static void awaitEstablished(HostPeeringLab lab, int sessions) {
        HostPeeringLab.await(WAIT, () -> lab.cli("r1", NEIGHBOR).contains("BGP state = Established"),
                () -> lab.cli("r1", NEIGHBOR));
        String neighbor = lab.cli("r1", NEIGHBOR);
        assertTrue(neighbor.contains("Connections established " + sessions + "; dropped " + (sessions - 1)), neighbor);
    }

    private static void awaitDown(HostPeeringLab lab) {
        HostPeeringLab.await(WAIT, () -> !lab.cli("r1", NEIGHBOR).contains("BGP state = Established"),
                () -> lab.cli("r1", NEIGHBOR));
    }

    /** r1's open TCP connections to the speaker's lab address (not those in TIME_WAIT). */
    private static long connectionsTo(HostPeeringLab lab) {
        return lab.cli("r1", "show tcp brief").lines().filter(line -> line.contains("10.0.99.2") && line.endsWith("ESTAB")).count();
    }
}
