package org.looplab.cli.show.bgp;

import java.util.List;

/**
 * {@code show ip bgp neighbors [A]}, the long form, as IOS 15 prints it: identity, state and timers,
 * capabilities and message statistics (while Established), the IPv4 unicast block (policy, prefix
 * activity, denied prefixes, refresh epoch), connection history, then the TCP connection (state, TTL,
 * endpoints, timers, sequence numbers, round-trip times, datagram counts) or "No active TCP connection".
 * Neighbours are separated by a blank line. IOS's own spelling "Mininum incoming TTL" is kept.
 */
public final class ShowIpBgpNeighbors {
    private static final String[] TIMERS = {"Retrans", "TimeWait", "AckHold", "SendWnd", "KeepAlive", "GiveUp",
        "PmtuAger", "DeadWait", "Linger", "ProcessQ"};

    private ShowIpBgpNeighbors() {
    }

    public static String render(List<BgpNeighborView> neighbors, long nowNanos) {
        StringBuilder out = new StringBuilder();
        for (BgpNeighborView neighbor : neighbors) {
            if (out.length() > 0) {
                out.append('\n');
            }
            neighbor(neighbor, nowNanos, out);
        }
        return out.toString();
    }

    /** {@code show ip bgp neighbors A} for an address that is no neighbour. */
    public static String noSuchNeighbor() {
        return "% No such neighbor or address family\n";
    }

    private static void neighbor(BgpNeighborView n, long now, StringBuilder out) {
        boolean established = n.state() == BgpSessionState.ESTABLISHED;
        out.append("BGP neighbor is ").append(n.address()).append(n.vrf() == null ? "" : ",  vrf " + n.vrf())
                .append(",  remote AS ").append(n.remoteAs())
                .append(n.internal() ? ", internal link\n" : ", external link\n");
        if (n.description() != null) {
            out.append(" Description: ").append(n.description()).append('\n');
        }
        if (n.peerGroup() != null) {
            out.append(" Member of peer-group ").append(n.peerGroup()).append(" for session parameters\n");
        }
        out.append("  BGP version 4, remote router ID ").append(n.remoteRouterId()).append('\n');
        out.append("  BGP state = ").append(n.state().fsmText());
        if (established && n.stateSinceNanos() != null) {
            out.append(", up for ").append(BgpUptime.format(now - n.stateSinceNanos()));
        }
        out.append('\n');
        if (established) {
            out.append("  Last read ").append(hms(n.lastReadNanos(), now)).append(", last write ")
                    .append(hms(n.lastWriteNanos(), now)).append(", hold time is ").append(n.holdTime())
                    .append(", keepalive interval is ").append(n.keepalive()).append(" seconds\n");
        }
        if (n.configuredHoldTime() != null) {
            out.append("  Configured hold time is ").append(n.configuredHoldTime()).append(", keepalive interval is ")
                    .append(n.configuredKeepalive()).append(" seconds\n");
            out.append("  Minimum holdtime from neighbor is 0 seconds\n");
        }
        out.append("  Neighbor sessions:\n");
        out.append(established ? "    1 active, is not multisession capable (disabled)\n"
                : "    0 active, is not multisession capable (disabled)\n");
        if (established) {
            out.append("  Neighbor capabilities:\n");
            capability("Route refresh", n.routeRefresh(), true, out);
            capability("Four-octets ASN Capability", n.fourOctetAs(), false, out);
            capability("Address family IPv4 Unicast", n.ipv4Unicast(), false, out);
            capability("Enhanced Refresh Capability", n.enhancedRefresh(), false, out);
            out.append("    Multisession Capability: \n");
            out.append("    Stateful switchover support enabled: NO for session 1\n");
            out.append("  Message statistics:\n");
            out.append("    InQ depth is ").append(n.inQueue()).append('\n');
            out.append("    OutQ depth is ").append(n.outQueue()).append('\n');
            out.append("    \n");
            out.append("                         Sent       Rcvd\n");
            messages("Opens:", n.sent().opens(), n.received().opens(), out);
            messages("Notifications:", n.sent().notifications(), n.received().notifications(), out);
            messages("Updates:", n.sent().updates(), n.received().updates(), out);
            messages("Keepalives:", n.sent().keepalives(), n.received().keepalives(), out);
            messages("Route Refresh:", n.sent().routeRefreshes(), n.received().routeRefreshes(), out);
            messages("Total:", n.sent().total(), n.received().total(), out);
        }
        out.append("  Default minimum time between advertisement runs is ").append(n.minAdvertisementIntervalSeconds())
                .append(" seconds\n");
        addressFamily(n, out);
        out.append("  Address tracking is enabled, the RIB ").append(n.ribHasRoute() ? "does" : "does not")
                .append(" have a route to ").append(n.address()).append('\n');
        out.append("  Connections established ").append(n.connectionsEstablished()).append("; dropped ")
                .append(n.connectionsDropped()).append('\n');
        if (n.lastResetNanos() == null) {
            out.append("  Last reset never\n");
        } else {
            out.append("  Last reset ").append(BgpUptime.format(now - n.lastResetNanos())).append(", due to ")
                    .append(n.lastResetReason()).append('\n');
        }
        if (n.notDirectlyConnected()) {
            out.append("  External BGP neighbor not directly connected.\n");
        }
        out.append("  Transport(tcp) path-mtu-discovery is enabled\n");
        out.append("  Graceful-Restart is disabled\n");
        if (n.tcp() == null) {
            out.append("  No active TCP connection\n");
        } else {
            tcp(n.tcp(), now, out);
        }
    }

    private static void addressFamily(BgpNeighborView n, StringBuilder out) {
        BgpNeighborPolicyView policy = n.policy();
        out.append("\n For address family: IPv4 Unicast\n");
        out.append("  Session: ").append(n.address()).append('\n');
        out.append("  BGP table version ").append(n.tableVersion()).append(", neighbor version ")
                .append(n.neighborVersion()).append("/0\n");
        out.append("  Output queue size : 0\n");
        out.append("  Index ").append(n.updateGroup()).append(", Advertise bit 0\n");
        out.append("  ").append(n.updateGroup()).append(" update-group member\n");
        if (n.peerGroup() != null) {
            out.append("  ").append(n.peerGroup()).append(" peer-group member\n");
        }
        if (policy.routeReflectorClient()) {
            out.append("  Route-Reflector Client\n");
        }
        if (policy.nextHopSelf()) {
            out.append("  NEXT_HOP is always this router for eBGP paths\n");
        }
        if (policy.sendCommunity()) {
            out.append("  Community attribute sent to this neighbor\n");
        }
        if (policy.softReconfigurationInbound()) {
            out.append("  Inbound soft reconfiguration allowed\n");
        }
        named("  Incoming update prefix filter list is ", policy.inboundPrefixList(), out);
        named("  Outgoing update prefix filter list is ", policy.outboundPrefixList(), out);
        named("  Route map for incoming advertisements is ", policy.inboundRouteMap(), out);
        named("  Route map for outgoing advertisements is ", policy.outboundRouteMap(), out);
        out.append("  Slow-peer detection is disabled\n");
        out.append("  Slow-peer split-update-group dynamic is disabled\n");
        BgpPrefixActivityView p = n.prefixes();
        out.append("                                 Sent       Rcvd\n");
        out.append("  Prefix activity:               ----       ----\n");
        out.append(String.format("    %-22s%11d%11d", "Prefixes Current:", p.sentCurrent(), p.receivedCurrent()));
        if (p.receivedCurrent() > 0) {
            out.append(" (Consumes ").append(p.consumesBytes()).append(" bytes)");
        }
        out.append('\n');
        out.append(String.format("    %-22s%11d%11d\n", "Prefixes Total:", p.sentTotal(), p.receivedTotal()));
        out.append(String.format("    %-22s%11d%11d\n", "Implicit Withdraw:", p.sentImplicitWithdraw(),
                p.receivedImplicitWithdraw()));
        out.append(String.format("    %-22s%11d%11d\n", "Explicit Withdraw:", p.sentExplicitWithdraw(),
                p.receivedExplicitWithdraw()));
        out.append(String.format("    %-22s%11s%11d\n", "Used as bestpath:", "n/a", p.usedAsBestpath()));
        out.append(String.format("    %-22s%11s%11d\n", "Used as multipath:", "n/a", p.usedAsMultipath()));
        out.append('\n');
        out.append("                                   Outbound    Inbound\n");
        out.append("  Local Policy Denied Prefixes:    --------    -------\n");
        long outbound = 0;
        long inbound = 0;
        for (BgpPolicyDeniedView denied : n.denied()) {
            out.append(String.format("    %-28s%11s%11s\n", denied.reason() + ":", count(denied.outbound()),
                    count(denied.inbound())));
            outbound += denied.outbound() == null ? 0 : denied.outbound();
            inbound += denied.inbound() == null ? 0 : denied.inbound();
        }
        out.append(String.format("    %-28s%11d%11d\n", "Total:", outbound, inbound));
        out.append("  Number of NLRIs in the update sent: max ").append(n.maxNlriPerUpdate()).append(", min ")
                .append(n.minNlriPerUpdate()).append('\n');
        out.append("  Last detected as dynamic slow peer: never\n");
        out.append("  Dynamic slow peer recovered: never\n");
        out.append("  Refresh Epoch: 1\n");
        out.append("  Last Sent Refresh Start-of-rib: never\n");
        out.append("  Last Sent Refresh End-of-rib: never\n");
        out.append("  Last Received Refresh Start-of-rib: never\n");
        out.append("  Last Received Refresh End-of-rib: never\n");
        // IOS prints this small table with tabs, as the real sample shows.
        out.append("\t\t\t\t       Sent\t  Rcvd\n");
        out.append("\tRefresh activity:\t       ----\t  ----\n");
        out.append("\t  Refresh Start-of-RIB          0          0\n");
        out.append("\t  Refresh End-of-RIB            0          0\n");
        out.append('\n');
    }

    private static void tcp(TcpConnectionView c, long now, StringBuilder out) {
        TcpTimingView t = c.timing();
        TcpSequenceView s = c.sequence();
        TcpCountersView k = c.counters();
        out.append("Connection state is ").append(c.state().text()).append(", I/O status: 1, unread input bytes: 0\n");
        out.append("Connection is ECN Disabled, Mininum incoming TTL 0, Outgoing TTL ").append(c.ttl()).append('\n');
        out.append("Local host: ").append(c.localAddress()).append(", Local port: ").append(c.localPort()).append('\n');
        out.append("Foreign host: ").append(c.foreignAddress()).append(", Foreign port: ").append(c.foreignPort())
                .append('\n');
        out.append("Connection tableid (VRF): 0\n");
        out.append("Maximum output segment queue size: 50\n");
        out.append('\n');
        out.append("Enqueued packets for retransmit: 0, input: 0  mis-ordered: 0 (0 bytes)\n");
        out.append('\n');
        out.append("Event Timers (current time is ").append(hex(millis(now))).append("):\n");
        out.append("Timer          Starts    Wakeups            Next\n");
        for (String timer : TIMERS) {
            boolean retrans = timer.equals("Retrans");
            out.append(String.format("%-10s%11d%11d%16s\n", timer, retrans ? t.retransStarts() : 0,
                    retrans ? t.retransWakeups() : 0,
                    retrans && t.retransDueNanos() != null ? hex(millis(t.retransDueNanos())) : "0x0"));
        }
        out.append('\n');
        out.append(String.format("iss: %10d  snduna: %10d  sndnxt: %10d\n", s.iss(), s.sndUna(), s.sndNxt()));
        out.append(String.format("irs: %10d  rcvnxt: %10d\n", s.irs(), s.rcvNxt()));
        out.append('\n');
        out.append(String.format("sndwnd: %6d  scale: %6d  maxrcvwnd: %6d\n", s.sndWnd(), 0, s.maxRcvWnd()));
        out.append(String.format("rcvwnd: %6d  scale: %6d  delrcvwnd: %6d\n", s.rcvWnd(), 0, s.delRcvWnd()));
        out.append('\n');
        out.append("SRTT: ").append(t.srttMillis()).append(" ms, RTTO: ").append(t.rtoMillis()).append(" ms, RTV: ")
                .append(t.rttVarMillis()).append(" ms, KRTT: 0 ms\n");
        out.append("minRTT: ").append(t.minRttMillis()).append(" ms, maxRTT: ").append(t.maxRttMillis())
                .append(" ms, ACK hold: 200 ms\n");
        out.append("uptime: ").append(millis(now - t.openedAtNanos())).append(" ms, Sent idletime: ")
                .append(millis(now - t.lastSentNanos())).append(" ms, Receive idletime: ")
                .append(millis(now - t.lastReceivedNanos())).append(" ms\n");
        out.append("Status Flags: ").append(c.activeOpen() ? "active open" : "passive open").append('\n');
        out.append("Option Flags: nagle, path mtu capable").append(c.md5() ? ", md5" : "").append('\n');
        out.append("IP Precedence value : 6\n");
        out.append('\n');
        out.append("Datagrams (max data segment is ").append(c.maxSegment()).append(" bytes):\n");
        out.append("Rcvd: ").append(k.segmentsReceived()).append(" (out of order: ").append(k.outOfOrder())
                .append("), with data: ").append(k.receivedWithData()).append(", total data bytes: ")
                .append(k.receivedDataBytes()).append('\n');
        out.append("Sent: ").append(k.segmentsSent()).append(" (retransmit: ").append(k.retransmitted())
                .append(", fastretransmit: 0, partialack: 0, Second Congestion: 0), with data: ")
                .append(k.sentWithData()).append(", total data bytes: ").append(k.sentDataBytes()).append('\n');
        out.append('\n');
        out.append(" Packets received in fast path: 0, fast processed: 0, slow path: 0\n");
        out.append(" fast lock acquisition failures: 0, slow path: 0\n");
        out.append("TCP Semaphore      ").append(String.format("0x%08X", c.tcb() & 0xFFFFFFFFL)).append("  FREE \n");
    }

    private static void capability(String name, BgpCapability exchange, boolean routeRefresh, StringBuilder out) {
        if (exchange == BgpCapability.NONE) {
            return;
        }
        String text = exchange.text();
        if (routeRefresh && exchange != BgpCapability.ADVERTISED) {
            text += "(new)";
        }
        out.append("    ").append(name).append(": ").append(text).append('\n');
    }

    private static void messages(String label, long sent, long received, StringBuilder out) {
        out.append(String.format("    %-14s%11d%11d\n", label, sent, received));
    }

    private static void named(String prefix, String name, StringBuilder out) {
        if (name != null) {
            out.append(prefix).append(name).append('\n');
        }
    }

    private static String count(Long value) {
        return value == null ? "n/a" : value.toString();
    }

    private static String hms(Long sinceNanos, long now) {
        long seconds = sinceNanos == null ? 0 : Math.max(0, now - sinceNanos) / 1_000_000_000L;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static long millis(long nanos) {
        return Math.max(0, nanos) / 1_000_000L;
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase();
    }
}
