package org.looplab.cli.show.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.looplab.cli.show.bgp.BgpViews.ip;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.AsNumber;
import org.looplab.cli.show.TextFsmCheck;

/** {@code show ip bgp neighbors} and {@code show tcp brief}, against a real IOS sample and the TextFSM template. */
class ShowIpBgpNeighborsTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long NOW = 0x1106B0BD8L * 1_000_000L;

    /** The session of ../shared/ios-reference/samples/cisco_ios_show_ip_bgp_neighbors.raw. */
    static BgpNeighborView sampleNeighbor() {
        TcpConnectionView tcp = new TcpConnectionView(0x0C7E5A38L, ip("20.30.255.13"), 39443, ip("20.30.255.14"), 179,
                TcpState.ESTABLISHED, 255, true, false, 1460,
                new TcpSequenceView(3730243128L, 3731835842L, 3731835842L, 2485586108L, 2487200336L, 33561, 16099, 16384,
                        285),
                new TcpTimingView(NOW - 4_236_258_000_000L, NOW - 22 * SECOND, NOW - 24 * SECOND, 1000, 1003, 3, 0, 1000,
                        83827, 1, null),
                new TcpCountersView(168543, 0, 84718, 41614227, 168204, 1, 83825, 1592713));
        return new BgpNeighborView(ip("20.30.255.14"), new AsNumber(1255), true, null, "RR_SERVERS", ip("20.40.1.1"),
                BgpSessionState.ESTABLISHED, NOW - 7 * 7 * 86_400 * SECOND - 3 * 86_400 * SECOND, NOW - 24 * SECOND,
                NOW - 22 * SECOND, 180, 60, null, null, BgpCapability.ADVERTISED_AND_RECEIVED,
                BgpCapability.ADVERTISED_AND_RECEIVED, BgpCapability.ADVERTISED_AND_RECEIVED, BgpCapability.NONE, 0, 0,
                new BgpMessageCountsView(1, 0, 1, 83823, 0), new BgpMessageCountsView(1, 0, 94, 84638, 0), 0, 270, 270, 1,
                new BgpNeighborPolicyView(false, false, false, true, null, null, null, null),
                new BgpPrefixActivityView(0, 113, 6328, 0, 217, 0, 52, 0, 52, 113, 0),
                List.of(new BgpPolicyDeniedView("Bestpath from this peer", 217L, null),
                        new BgpPolicyDeniedView("Invalid Path", 52L, null)),
                0, 0, true, 1, 0, null, null, false, tcp, null);
    }

    @Test
    void establishedNeighborSharesTheIosSamplesLinesAndParses() throws Exception {
        String shown = ShowIpBgpNeighbors.render(List.of(sampleNeighbor()), NOW);
        List<String> sample = IosSample.read("cisco_ios_show_ip_bgp_neighbors.raw").lines().toList();
        List<String> ours = shown.lines().toList();
        // Lines looplab prints that the sample (an older IOS 15 capture) does not have, or prints with other data.
        List<String> notInSample = List.of("    Multisession Capability: ",
                "    Stateful switchover support enabled: NO for session 1", "    ", "  Refresh Epoch: 1",
                "  Last Sent Refresh Start-of-rib: never", "  Last Sent Refresh End-of-rib: never",
                "  Last Received Refresh Start-of-rib: never", "  Last Received Refresh End-of-rib: never",
                "\t\t\t\t       Sent\t  Rcvd", "\tRefresh activity:\t       ----\t  ----",
                "\t  Refresh Start-of-RIB          0          0", "\t  Refresh End-of-RIB            0          0",
                "uptime: 4236258 ms, Sent idletime: 22000 ms, Receive idletime: 24000 ms",
                "Option Flags: nagle, path mtu capable",
                "Rcvd: 168543 (out of order: 0), with data: 84718, total data bytes: 41614227", "",
                "TCP Semaphore      0x0C7E5A38  FREE ", "AckHold             0          0             0x0",
                "PmtuAger            0          0             0x0");
        for (String line : ours) {
            if (!notInSample.contains(line)) {
                assertTrue(sample.contains(line), "not in the IOS sample: [" + line + "]");
            }
        }
        assertTrue(ours.containsAll(List.of("    Keepalives:         83823      84638",
                "    Total:              83825      84733", "    Prefixes Current:               0        113 (Consumes 6328 bytes)",
                "    Total:                              269          0",
                "iss: 3730243128  snduna: 3731835842  sndnxt: 3731835842", "Timer          Starts    Wakeups            Next",
                "Retrans         83827          1             0x0", "Event Timers (current time is 0x1106B0BD8):")));
        Map<String, String> parsed = TextFsmCheck.parse("show ip bgp neighbors", shown).get(0);
        assertEquals("20.30.255.14", parsed.get("NEIGHBOR"));
        assertEquals("1255", parsed.get("REMOTE_AS"));
        assertEquals("RR_SERVERS", parsed.get("PEER_GROUP"));
        assertEquals("20.40.1.1", parsed.get("REMOTE_ROUTER_ID"));
        assertEquals("Established", parsed.get("BGP_STATE"));
        assertEquals("20.30.255.13", parsed.get("LOCALHOST_IP"));
        assertEquals("39443", parsed.get("LOCALHOST_PORT"));
        assertEquals("179", parsed.get("REMOTE_PORT"));
    }

    @Test
    void aNeighborThatIsNotUpHasNoTcpConnection() throws Exception {
        BgpNeighborView active = new BgpNeighborView(ip("10.0.0.2"), new AsNumber(65002), false, "to R2", null,
                ip("0.0.0.0"), BgpSessionState.ACTIVE, null, null, null, 180, 60, 30, 10, BgpCapability.NONE,
                BgpCapability.NONE, BgpCapability.NONE, BgpCapability.NONE, 0, 0, BgpMessageCountsView.NONE,
                BgpMessageCountsView.NONE, 30, 1, 0, 1,
                new BgpNeighborPolicyView(false, true, true, false, "PL-IN", null, "RM-IN", "RM-OUT"),
                BgpPrefixActivityView.NONE, List.of(), 0, 0, false, 2, 2, NOW - 75 * SECOND,
                "BGP Notification sent, hold time expired", true, null, null);
        String shown = ShowIpBgpNeighbors.render(List.of(active, sampleNeighbor()), NOW);
        assertTrue(shown.startsWith("""
                BGP neighbor is 10.0.0.2,  remote AS 65002, external link
                 Description: to R2
                  BGP version 4, remote router ID 0.0.0.0
                  BGP state = Active
                  Configured hold time is 30, keepalive interval is 10 seconds
                  Minimum holdtime from neighbor is 0 seconds
                  Neighbor sessions:
                    0 active, is not multisession capable (disabled)
                  Default minimum time between advertisement runs is 30 seconds

                 For address family: IPv4 Unicast
                  Session: 10.0.0.2
                  BGP table version 1, neighbor version 0/0
                  Output queue size : 0
                  Index 1, Advertise bit 0
                  1 update-group member
                  NEXT_HOP is always this router for eBGP paths
                  Community attribute sent to this neighbor
                  Incoming update prefix filter list is PL-IN
                  Route map for incoming advertisements is RM-IN
                  Route map for outgoing advertisements is RM-OUT
                  Slow-peer detection is disabled
                """), shown);
        assertTrue(shown.contains("""
                    Prefixes Current:               0          0
                """));
        assertTrue(shown.contains("""
                  Address tracking is enabled, the RIB does not have a route to 10.0.0.2
                  Connections established 2; dropped 2
                  Last reset 00:01:15, due to BGP Notification sent, hold time expired
                  External BGP neighbor not directly connected.
                  Transport(tcp) path-mtu-discovery is enabled
                  Graceful-Restart is disabled
                  No active TCP connection

                BGP neighbor is 20.30.255.14,  remote AS 1255, internal link
                """));
        List<Map<String, String>> parsed = TextFsmCheck.parse("show ip bgp neighbors", shown);
        assertEquals(2, parsed.size());
        assertEquals("Active", parsed.get(0).get("BGP_STATE"));
        assertEquals("RM-IN", parsed.get(0).get("INBOUND_ROUTEMAP"));
        assertEquals("RM-OUT", parsed.get(0).get("OUTBOUND_ROUTEMAP"));
        assertEquals("", parsed.get(0).get("LOCALHOST_IP"));
        assertEquals("20.30.255.14", parsed.get(1).get("NEIGHBOR"));
    }

    @Test
    void showTcpBrief() {
        BgpNeighborView sample = sampleNeighbor();
        TcpConnectionView listening = new TcpConnectionView(0x0F2A8D38L, ip("10.0.12.1"), 179, ip("10.0.12.2"), 11003,
                TcpState.SYN_SENT, 1, true, false, 536, sample.tcp().sequence(), sample.tcp().timing(),
                sample.tcp().counters());
        assertEquals("""
                TCB       Local Address               Foreign Address             (state)
                0C7E5A38  20.30.255.13.39443          20.30.255.14.179            ESTAB
                0F2A8D38  10.0.12.1.179               10.0.12.2.11003             SYNSENT
                """, ShowTcpBrief.render(List.of(sample.tcp(), listening)));
    }
}
