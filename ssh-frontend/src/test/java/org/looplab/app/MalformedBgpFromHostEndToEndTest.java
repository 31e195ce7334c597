package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BGP speaker on the host that misbehaves: a raw Java socket from the speaker's address (127.0.0.2) to
 * r1's BGP endpoint in topologies/host-peering, as a daemon connects, speaking the wire format by hand.
 * After a valid OPEN and KEEPALIVE, broken messages get the NOTIFICATION RFC 4271 6 prescribes and the
 * connection closes; attribute errors that RFC 7606 handles by treat-as-withdraw withdraw the route and
 * keep the session. After all of them a new session comes up and its route reaches r2.
 */
class MalformedBgpFromHostEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HexFormat HEX = HexFormat.of();
    private static final String MARKER = "ffffffffffffffffffffffffffffffff";
    private static final String ORIGIN_IGP = "40010100";
    private static final String AS_PATH_65100 = "4002060201 0000fe4c";
    private static final String NEXT_HOP_LAB = "400304 0a006302";
    private static final String NLRI = "18ac1009"; // 172.16.9.0/24

    @TempDir
    Path folder;

    /** A whole message: marker, length, type, body (hex, spaces allowed). */
    static byte[] message(int type, String body) {
        byte[] value = HEX.parseHex(body.replace(" ", ""));
        return withLength(HEX.parseHex(MARKER), 19 + value.length, type, value);
    }

    /** A header claiming {@code length} whatever the body holds. */
    static byte[] withLength(byte[] marker, int length, int type, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(marker);
        out.write(length >>> 8);
        out.write(length);
        out.write(type);
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** An UPDATE without withdrawn routes: these attributes (hex), then the NLRI (hex). */
    static byte[] update(String attributes, String nlri) {
        String a = attributes.replace(" ", "");
        return message(2, "0000" + String.format("%04x", a.length() / 2) + a + nlri);
    }

    /** OPEN: version, AS 65100, hold time, identifier 10.255.0.9, four-octet AS, IPv4 unicast, route refresh. */
    static byte[] open(int version, int holdTime) {
        return message(1, String.format("%02x fe4c %04x 0aff0009 14 0206 4104 0000fe4c 0206 0104 00010001 0202 0200",
                version, holdTime));
    }

    @Test
    void brokenMessagesGetTheirNotificationsAndTheRouterStaysHealthy() throws Exception {
        try (HostPeeringLab lab = HostPeeringLab.start(folder)) {
            String valid = ORIGIN_IGP + AS_PATH_65100 + NEXT_HOP_LAB;

            // RFC 7606 treat-as-withdraw: the route goes, the session stays.
            try (RawPeer peer = RawPeer.establish(lab)) {
                String[][] withdrawing = {
                    {"an ORIGIN of 7 (RFC 7606 7.1)", "40010107" + AS_PATH_65100 + NEXT_HOP_LAB},
                    {"ORIGIN flagged optional (RFC 7606 3 c)", "c0010100" + AS_PATH_65100 + NEXT_HOP_LAB},
                    {"no NEXT_HOP (RFC 7606 3 d)", ORIGIN_IGP + AS_PATH_65100},
                    {"a NEXT_HOP of 127.0.0.2 (RFC 4271 6.3)", ORIGIN_IGP + AS_PATH_65100 + "400304 7f000002"},
                    {"COMMUNITIES of 5 octets (RFC 7606 7.8)", valid + "c00805 0000000001"},
                    {"an AS_PATH segment longer than the attribute (RFC 7606 7.2)", ORIGIN_IGP + "4002060203 0000fe4c" + NEXT_HOP_LAB},
                    {"NEXT_HOP's length running past the attribute field (RFC 7606 4)", ORIGIN_IGP + AS_PATH_65100 + "400309 0a006302"},
                    {"two octets left after the attributes (RFC 7606 4)", valid + "4001"},
                };
                for (String[] bad : withdrawing) {
                    peer.send(update(valid, NLRI));
                    HostPeeringLab.await(WAIT, () -> lab.cli("r1", "show ip bgp").contains("172.16.9.0"),
                            () -> bad[0] + ": the valid route did not arrive\n" + lab.cli("r1", "show ip bgp"));
                    peer.send(update(bad[1], NLRI));
                    HostPeeringLab.await(WAIT, () -> !lab.cli("r1", "show ip bgp").contains("172.16.9.0"),
                            () -> bad[0] + ": not withdrawn\n" + lab.cli("r1", "show ip bgp") + lab.cli("r1", "show logging"));
                    assertFalse(peer.hasNotification(), bad[0]);
                }
                String neighbor = lab.cli("r1", "show ip bgp neighbors 10.0.99.2");
                assertTrue(neighbor.contains("BGP state = Established"), neighbor);
                assertTrue(neighbor.contains("Connections established 1; dropped 0"), neighbor);
                // A repeated attribute: the repeat is discarded (RFC 7606 3 g), the route accepted.
                peer.send(update(valid + "40010102", NLRI));
                HostPeeringLab.await(WAIT, () -> lab.cli("r1", "show ip bgp 172.16.9.0").contains("Origin IGP"),
                        () -> lab.cli("r1", "show ip bgp 172.16.9.0"));
            }

            // Session reset: the NOTIFICATION of RFC 4271 6.1 / 6.3 comes back, then the connection closes.
            byte[] body = HEX.parseHex("");
            assertNotification(lab, withLength(HEX.parseHex("ffffffffffffffffffffffffffff0000"), 19, 4, body),
                    "0101", "a marker not all ones: Connection Not Synchronized");
            assertNotification(lab, withLength(HEX.parseHex(MARKER), 18, 4, body), "0102 0012",
                    "a length below 19: Bad Message Length with the length");
            assertNotification(lab, message(4, "00"), "0102 0014", "a KEEPALIVE of 20 octets");
            assertNotification(lab, message(2, "0000"), "0102 0015", "an UPDATE of 21 octets");
            assertNotification(lab, message(9, ""), "0103 09", "message type 9: Bad Message Type with the type");
            assertNotification(lab, message(2, "0010 0000"), "0301",
                    "a Withdrawn Routes Length running past the message: Malformed Attribute List");
            assertNotification(lab, message(2, "0000 0040" + ORIGIN_IGP), "0301",
                    "a Total Attribute Length running past the message: Malformed Attribute List");
            assertNotification(lab, update(valid, "21ac100900"), "030a", "a prefix length of 33: Invalid Network Field");
            assertNotification(lab, update(valid, "18ac10"), "030a", "an NLRI cut short: Invalid Network Field");
            assertNotification(lab, update(valid + "406300", NLRI), "0302 406300",
                    "an unknown well-known attribute: Unrecognized Well-known Attribute with the attribute");

            // OPEN errors (RFC 4271 6.2), instead of a valid OPEN.
            assertOpenNotification(lab, open(3, 90), "0201 0004", "BGP version 3: Unsupported Version Number, 4 supported");
            assertOpenNotification(lab, open(4, 2), "0206", "a hold time of 2 s: Unacceptable Hold Time");

            String log = lab.cli("r1", "show logging");
            assertTrue(log.contains("%BGP-3-NOTIFICATION: sent to neighbor 10.0.99.2 3/10 (invalid network field) 0 bytes"), log);
            assertTrue(log.contains("%BGP-3-NOTIFICATION: sent to neighbor 10.0.99.2 passive 2/6 (unacceptable hold time) 0 bytes"), log);
            assertFalse(log.contains("org.looplab") || log.contains("java."), log);

            // Healthy: a new session comes up and its route reaches r2 through iBGP.
            try (RawPeer peer = RawPeer.establish(lab)) {
                peer.send(update(valid, NLRI));
                HostPeeringLab.await(WAIT, () -> lab.cli("r2", "show ip bgp 172.16.9.0").contains("65100"),
                        () -> lab.cli("r1", "show ip bgp") + lab.cli("r2", "show ip bgp"));
                String neighbor = lab.cli("r1", "show ip bgp neighbors 10.0.99.2");
                assertTrue(neighbor.contains("BGP state = Established"), neighbor);
                assertFalse(neighbor.contains("org.looplab") || neighbor.contains("java."), neighbor);
            }
        }
    }

    private static void assertNotification(HostPeeringLab lab, byte[] malformed, String expected, String what) throws Exception {
        try (RawPeer peer = RawPeer.establish(lab)) {
            peer.send(malformed);
            assertEquals(expected.replace(" ", ""), peer.notification(), what);
            assertTrue(peer.closedByRouter(), what + ": the router kept the connection open");
        }
    }

    private static void assertOpenNotification(HostPeeringLab lab, byte[] open, String expected, String what) throws Exception {
        try (RawPeer peer = RawPeer.connect(lab)) {
            peer.send(open);
            assertEquals(expected.replace(" ", ""), peer.notification(), what);
            assertTrue(peer.closedByRouter(), what + ": the router kept the connection open");
        }
    }

    /** A TCP connection from the speaker's host address to r1's BGP endpoint. */
    static final class RawPeer implements AutoCloseable {
        final Socket socket;
        final DataInputStream in;

        RawPeer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
        }

        /** Connected, with r1's OPEN read (retrying while r1 is between sessions). */
        static RawPeer connect(HostPeeringLab lab) throws Exception {
            long end = System.nanoTime() + WAIT.toNanos();
            while (true) {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(InetAddress.getByName(HostPeeringLab.SPEAKER), 0));
                socket.setSoTimeout(10_000);
                socket.connect(new InetSocketAddress(InetAddress.getByName("127.1.0.1"), lab.bgpPort), 10_000);
                RawPeer peer = new RawPeer(socket);
                try {
                    byte[] first = peer.read();
                    if (first[18] == 1) {
                        return peer;
                    }
                } catch (IOException e) {
                    // refused inside the lab (r1 still closing the last session): try again
                }
                peer.close();
                if (System.nanoTime() > end) {
                    throw new AssertionError("r1 never sent an OPEN\n" + lab.cli("r1", "show ip bgp neighbors 10.0.99.2"));
                }
                Thread.sleep(500);
            }
        }

        /** Through OPEN and KEEPALIVE to Established. */
        static RawPeer establish(HostPeeringLab lab) throws Exception {
            RawPeer peer = connect(lab);
            peer.send(open(4, 90));
            peer.send(message(4, ""));
            while (peer.read()[18] != 4) {
                // r1's KEEPALIVE confirms our OPEN
            }
            HostPeeringLab.await(WAIT, () -> lab.cli("r1", "show ip bgp neighbors 10.0.99.2").contains("BGP state = Established"),
                    () -> lab.cli("r1", "show ip bgp neighbors 10.0.99.2"));
            return peer;
        }

        void send(byte[] bytes) throws IOException {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        }

        byte[] read() throws IOException {
            byte[] header = new byte[19];
            in.readFully(header);
            int length = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
            byte[] whole = new byte[length];
            System.arraycopy(header, 0, whole, 0, 19);
            in.readFully(whole, 19, length - 19);
            return whole;
        }

        /** Code, subcode and data (hex) of the NOTIFICATION that comes, skipping UPDATEs and KEEPALIVEs. */
        String notification() throws IOException {
            while (true) {
                byte[] message = read();
                if (message[18] == 3) {
                    return HEX.formatHex(message, 19, message.length);
                }
            }
        }

        /** True when a NOTIFICATION is waiting (read for a moment; UPDATEs and KEEPALIVEs are skipped). */
        boolean hasNotification() throws IOException {
            socket.setSoTimeout(300);
            try {
                while (true) {
                    if (read()[18] == 3) {
                        return true;
                    }
                }
            } catch (SocketTimeoutException e) {
                return false;
            } finally {
                socket.setSoTimeout(10_000);
            }
        }

        /** The router closes after its NOTIFICATION: end of stream. */
        boolean closedByRouter() throws IOException {
            try {
                return in.read() < 0;
            } catch (EOFException e) {
                return true;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true; // reset
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
