package org.looplab.acl;

import org.looplab.dataplane.IcmpMessage;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.UdpDatagram;
import org.looplab.net.Ipv4Address;
import org.looplab.tcp.TcpSegment;

/** What an access list looks at in a packet: protocol, addresses, ports, ICMP type and code, TCP flags. */
public record PacketFields(int protocol, Ipv4Address source, Ipv4Address destination, int sourcePort,
                           int destinationPort, int icmpType, int icmpCode, boolean ackOrRst) {

    public static PacketFields of(Ipv4Packet packet) {
        int sourcePort = -1;
        int destinationPort = -1;
        int icmpType = -1;
        int icmpCode = -1;
        boolean ackOrRst = false;
        if (packet.payload() instanceof TcpSegment segment) {
            sourcePort = segment.sourcePort();
            destinationPort = segment.destinationPort();
            ackOrRst = segment.has(TcpSegment.ACK) || segment.has(TcpSegment.RST);
        } else if (packet.payload() instanceof UdpDatagram udp) {
            sourcePort = udp.sourcePort();
            destinationPort = udp.destinationPort();
        } else if (packet.payload() instanceof IcmpMessage icmp) {
            icmpType = icmp.type().number();
            icmpCode = icmp.code();
        }
        return new PacketFields(packet.protocol(), packet.source(), packet.destination(), sourcePort, destinationPort,
                icmpType, icmpCode, ackOrRst);
    }

    /** A connection attempt to a vty: what {@code access-class} checks (the source; TCP to the port). */
    public static PacketFields connection(Ipv4Address source, Ipv4Address destination, int port) {
        return new PacketFields(AclProtocol.TCP, source, destination, 0, port, -1, -1, false);
    }
}
