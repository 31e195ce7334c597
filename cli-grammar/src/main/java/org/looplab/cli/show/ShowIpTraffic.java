package org.looplab.cli.show;

import org.looplab.dataplane.IpTraffic;
import org.looplab.router.Router;

/**
 * {@code show ip traffic} as IOS 15 prints it: the IP, ICMP, UDP, TCP, OSPF and ARP statistics the data
 * plane counted. Lines of features the lab does not have (options, reassembly, IRDP) stay at zero.
 */
public final class ShowIpTraffic {
    private static final int ECHO_REPLY = 0;
    private static final int UNREACHABLE = 3;
    private static final int REDIRECT = 5;
    private static final int ECHO = 8;
    private static final int TIME_EXCEEDED = 11;

    private ShowIpTraffic() {
    }

    public static String render(Router router) {
        IpTraffic t = IpTraffic.of(router);
        StringBuilder out = new StringBuilder();
        out.append("IP statistics:\n");
        out.append("  Rcvd:  ").append(t.received).append(" total, ").append(t.localDestination).append(" local destination\n");
        out.append("         0 format errors, 0 checksum errors, ").append(t.badHopCount).append(" bad hop count\n");
        out.append("         ").append(t.unknownProtocol).append(" unknown protocol, ").append(t.notAGateway).append(" not a gateway\n");
        out.append("         0 security failures, 0 bad options, 0 with options\n");
        out.append("  Opts:  0 end, 0 nop, 0 basic security, 0 loose source route\n");
        out.append("         0 timestamp, 0 extended security, 0 record route\n");
        out.append("         0 stream ID, 0 strict source route, 0 alert, 0 cipso, 0 ump\n");
        out.append("         0 other\n");
        out.append("  Frags: 0 reassembled, 0 timeouts, 0 couldn't reassemble\n");
        out.append("         ").append(t.fragmented).append(" fragmented, ").append(t.fragments).append(" fragments, ")
                .append(t.couldNotFragment).append(" couldn't fragment\n");
        out.append("  Bcast: ").append(t.broadcastsReceived).append(" received, ").append(t.broadcastsSent).append(" sent\n");
        out.append("  Mcast: ").append(t.multicastsReceived).append(" received, ").append(t.multicastsSent).append(" sent\n");
        out.append("  Sent:  ").append(t.generated).append(" generated, ").append(t.forwarded).append(" forwarded\n");
        out.append("  Drop:  ").append(t.encapsulationFailed).append(" encapsulation failed, 0 unresolved, ")
                .append(t.noAdjacency).append(" no adjacency\n");
        out.append("         ").append(t.noRoute).append(" no route, 0 unicast RPF, ").append(t.forcedDrop)
                .append(" forced drop, 0 unsupported-addr\n");
        out.append("         0 options denied, 0 source IP address zero\n");
        out.append('\n');
        long[] in = t.icmpReceived;
        long[] sent = t.icmpSent;
        out.append("ICMP statistics:\n");
        out.append("  Rcvd: 0 format errors, 0 checksum errors, ").append(in[REDIRECT]).append(" redirects, ")
                .append(in[UNREACHABLE]).append(" unreachable\n");
        out.append("        ").append(in[ECHO]).append(" echo, ").append(in[ECHO_REPLY])
                .append(" echo reply, 0 mask requests, 0 mask replies, 0 quench\n");
        out.append("        0 parameter, 0 timestamp, 0 timestamp replies, 0 info request, 0 other\n");
        out.append("        0 irdp solicitations, 0 irdp advertisements\n");
        out.append("        ").append(in[TIME_EXCEEDED]).append(" time exceeded, 0 info replies\n");
        out.append("  Sent: ").append(sent[REDIRECT]).append(" redirects, ").append(sent[UNREACHABLE])
                .append(" unreachable, ").append(sent[ECHO]).append(" echo, ").append(sent[ECHO_REPLY]).append(" echo reply\n");
        out.append("        0 mask requests, 0 mask replies, 0 quench, 0 timestamp, 0 timestamp replies\n");
        out.append("        0 info reply, ").append(sent[TIME_EXCEEDED]).append(" time exceeded, 0 parameter problem\n");
        out.append("        0 irdp solicitations, 0 irdp advertisements\n");
        out.append('\n');
        out.append("UDP statistics:\n");
        out.append("  Rcvd: ").append(t.udpReceived).append(" total, 0 checksum errors, ").append(t.udpNoPort)
                .append(" no port 0 finput\n");
        out.append("  Sent: ").append(t.udpSent).append(" total, 0 forwarded broadcasts\n");
        out.append('\n');
        out.append("TCP statistics:\n");
        out.append("  Rcvd: ").append(t.tcpReceived).append(" total, 0 checksum errors, 0 no port\n");
        out.append("  Sent: ").append(t.tcpSent).append(" total\n");
        out.append('\n');
        out.append("OSPF statistics:\n");
        out.append("  Last clearing of OSPF traffic counters never\n");
        ospf(out, "Rcvd: ", t.ospfReceived, " total, 0 checksum errors");
        ospf(out, "Sent: ", t.ospfSent, " total");
        out.append('\n');
        out.append("ARP statistics:\n");
        out.append("  Rcvd: ").append(t.arpRequestsReceived).append(" requests, ").append(t.arpRepliesReceived)
                .append(" replies, 0 reverse, 0 other\n");
        out.append("  Sent: ").append(t.arpRequestsSent).append(" requests, ").append(t.arpRepliesSent)
                .append(" replies (").append(t.arpProxyRepliesSent).append(" proxy), 0 reverse\n");
        out.append("  Drop due to input queue full: 0\n");
        return out.toString();
    }

    private static void ospf(StringBuilder out, String head, long[] counts, String totalTail) {
        out.append("  ").append(head).append(counts[0]).append(totalTail).append('\n');
        out.append("    ").append(counts[1]).append(" hello, ").append(counts[2]).append(" database desc, ")
                .append(counts[3]).append(" link state req\n");
        out.append("    ").append(counts[4]).append(" link state updates, ").append(counts[5]).append(" link state acks\n");
    }
}
