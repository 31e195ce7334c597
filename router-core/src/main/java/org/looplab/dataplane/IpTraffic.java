package org.looplab.dataplane;

import org.looplab.router.Router;

/**
 * A router's IP statistics, what {@code show ip traffic} prints: datagrams received, delivered, generated,
 * forwarded and dropped, and the ICMP, UDP, TCP and routing-protocol packets among them. The data plane
 * counts them as it handles each packet; the fields are read by the report. Kernel thread only.
 */
public final class IpTraffic {
    public long received;
    public long localDestination;
    public long badHopCount;
    public long unknownProtocol;
    public long notAGateway;
    public long broadcastsReceived;
    public long broadcastsSent;
    public long multicastsReceived;
    public long multicastsSent;
    public long generated;
    public long forwarded;
    public long encapsulationFailed;
    public long noRoute;
    public long noAdjacency;
    public long forcedDrop;
    /** Packets bigger than the outgoing IP MTU: sent as fragments (and how many), or dropped for their DF flag. */
    public long fragmented;
    public long fragments;
    public long couldNotFragment;
    /** Indexed by ICMP type (0-255). */
    public final long[] icmpReceived = new long[256];
    public final long[] icmpSent = new long[256];
    public long udpReceived;
    public long udpNoPort;
    public long udpSent;
    public long tcpReceived;
    public long tcpSent;
    /** Indexed by OSPF packet type (1 hello .. 5 link state ack); [0] is the total. */
    public final long[] ospfReceived = new long[6];
    public final long[] ospfSent = new long[6];
    public long arpRequestsReceived;
    public long arpRepliesReceived;
    public long arpRequestsSent;
    public long arpRepliesSent;
    public long arpProxyRepliesSent;

    /** The statistics of a router, kept beside it from its first packet. */
    public static IpTraffic of(Router router) {
        return router.attachment(IpTraffic.class, r -> new IpTraffic());
    }

    void sent(Ipv4Packet packet) {
        generated++;
        countCast(packet, false);
        countPayload(packet, false);
    }

    void arrived(Ipv4Packet packet) {
        received++;
        countCast(packet, true);
    }

    void delivered(Ipv4Packet packet) {
        localDestination++;
        countPayload(packet, true);
    }

    private void countCast(Ipv4Packet packet, boolean in) {
        if (packet.destination().isMulticast()) {
            if (in) {
                multicastsReceived++;
            } else {
                multicastsSent++;
            }
        } else if (packet.destination().bits() == -1) {
            if (in) {
                broadcastsReceived++;
            } else {
                broadcastsSent++;
            }
        }
    }

    private void countPayload(Ipv4Packet packet, boolean in) {
        Payload payload = packet.payload();
        if (payload instanceof IcmpMessage icmp) {
            (in ? icmpReceived : icmpSent)[icmp.type().number()]++;
        } else if (payload instanceof UdpDatagram) {
            if (in) {
                udpReceived++;
            } else {
                udpSent++;
            }
        } else if (payload instanceof TransportPayload && payload.protocol() == Ipv4Packet.PROTOCOL_TCP) {
            if (in) {
                tcpReceived++;
            } else {
                tcpSent++;
            }
        } else if (payload instanceof ProtocolPayload routing && routing.protocol() == 89) {
            long[] counts = in ? ospfReceived : ospfSent;
            counts[0]++;
            int type = routing.messageType();
            if (type >= 1 && type <= 5) {
                counts[type]++;
            }
        }
    }
}
