package org.looplab.debug;

import org.looplab.acl.AccessList;
import org.looplab.acl.AccessLists;
import org.looplab.acl.PacketFields;
import org.looplab.dataplane.IcmpMessage;
import org.looplab.dataplane.IcmpType;
import org.looplab.dataplane.Ipv4Packet;
import org.looplab.dataplane.PacketDebugHook;
import org.looplab.dataplane.UdpDatagram;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.tcp.TcpSegment;

/**
 * {@code debug ip packet [ACL] [detail]} and {@code debug ip icmp} in IOS's words
 * ({@code IP: s=10.0.12.1 (local), d=10.0.12.2 (GigabitEthernet0/0), len 100, sending},
 * {@code ICMP: echo reply sent, src 10.0.12.2, dst 10.0.12.1, topology BASE, dscp 0 topoid 0}). Every packet
 * the router handles is shown, as IOS shows the process-switched ones (as with {@code no ip route-cache}).
 */
public final class PacketDebug implements PacketDebugHook {
    @Override
    public void report(Router router, Event event, Interface in, Interface out, Ipv4Address gateway, Ipv4Packet packet) {
        Debugging debugging = router.debugging();
        // ICMP speaks after IP input and before IP output, as on IOS.
        if (event != Event.RECEIVED) {
            icmp(router, event, packet);
        }
        if (debugging.isOn(DebugFlag.IP_PACKET) && passesFilter(router, debugging.packetAccessList(), packet)) {
            Ipv4Packet shown = event == Event.UNROUTABLE && in == null && packet.source().equals(Ipv4Address.ANY)
                    ? packet.withSource(firstAddress(router)) : packet;
            router.debug(DebugFlag.IP_PACKET, () -> ipLine(event, in, out, gateway, shown, debugging.packetDetail()));
        }
        if (event == Event.RECEIVED) {
            icmp(router, event, packet);
        }
    }

    private static void icmp(Router router, Event event, Ipv4Packet packet) {
        if (packet.payload() instanceof IcmpMessage icmp) {
            router.debug(DebugFlag.IP_ICMP, () -> icmpLine(event, packet, icmp));
        }
    }

    /**
     * The source IOS names for a packet of its own that found no route, hence no outgoing interface: the
     * address of its first interface that is up ({@code IP: s=12.0.0.1 (local), d=34.0.0.4, len 100, unroutable}).
     */
    private static Ipv4Address firstAddress(Router router) {
        for (Interface each : router.interfaces()) {
            if (each.isProtocolUp() && each.address() != null) {
                return each.address().address();
            }
        }
        return Ipv4Address.ANY;
    }

    /** A list that does not exist lets every packet through, as IOS's debug filter does. */
    private static boolean passesFilter(Router router, String accessList, Ipv4Packet packet) {
        if (accessList == null) {
            return true;
        }
        AccessList list = AccessLists.of(router).list(accessList);
        return list == null || list.permitsUncounted(PacketFields.of(packet));
    }

    static String ipLine(Event event, Interface in, Interface out, Ipv4Address gateway, Ipv4Packet packet, boolean detail) {
        boolean multicast = packet.destination().isMulticast() || packet.destination().bits() == -1;
        StringBuilder line = new StringBuilder("IP: s=").append(packet.source())
                .append(" (").append(in == null ? "local" : in.name().fullName()).append("), d=")
                .append(packet.destination());
        // The outgoing interface; a packet received for the router names the one it came in on, unless multicast.
        Interface shown = out != null ? out : event == Event.RECEIVED && !multicast ? in : null;
        if (shown != null) {
            line.append(" (").append(shown.name().fullName()).append(')');
        }
        if (gateway != null) {
            line.append(", g=").append(gateway);
        }
        line.append(", len ").append(packet.length()).append(", ").append(switch (event) {
            case SENDING -> multicast ? "sending broad/multicast" : "sending";
            case RECEIVED -> multicast ? "rcvd 0" : "rcvd 3";
            case FORWARD -> "forward";
            case UNROUTABLE -> "unroutable";
            case ENCAPSULATION_FAILED -> "encapsulation failed";
            case ACCESS_DENIED -> "access denied";
        });
        if (detail) {
            line.append(headerDetail(packet));
        }
        return line.toString();
    }

    /** {@code detail}: the transport header on a line of its own, another protocol's number on the line. */
    private static String headerDetail(Ipv4Packet packet) {
        if (packet.payload() instanceof IcmpMessage icmp) {
            return "\n    ICMP type=" + icmp.type().number() + ", code=" + icmp.code();
        }
        if (packet.payload() instanceof UdpDatagram udp) {
            return "\n    UDP src=" + udp.sourcePort() + ", dst=" + udp.destinationPort();
        }
        if (packet.payload() instanceof TcpSegment tcp) {
            return "\n    TCP src=" + tcp.sourcePort() + ", dst=" + tcp.destinationPort() + ", seq="
                    + Integer.toUnsignedString(tcp.sequence()) + ", ack=" + Integer.toUnsignedString(tcp.acknowledgment())
                    + ", win=" + tcp.window() + tcpFlags(tcp);
        }
        return ", proto=" + packet.protocol();
    }

    private static String tcpFlags(TcpSegment tcp) {
        StringBuilder flags = new StringBuilder();
        int[] bits = {TcpSegment.ACK, TcpSegment.PSH, TcpSegment.SYN, TcpSegment.FIN, TcpSegment.RST};
        String[] names = {"ACK", "PSH", "SYN", "FIN", "RST"};
        for (int i = 0; i < bits.length; i++) {
            if (tcp.has(bits[i])) {
                flags.append(' ').append(names[i]);
            }
        }
        return flags.toString();
    }

    /** {@code debug ip icmp}: replies the router sends, errors it sends and receives; null for the rest. */
    static String icmpLine(Event event, Ipv4Packet packet, IcmpMessage icmp) {
        boolean sent = event == Event.SENDING || event == Event.UNROUTABLE;
        if (!sent && event != Event.RECEIVED) {
            return null;
        }
        String topology = ", topology BASE, dscp 0 topoid 0";
        Ipv4Packet quoted = icmp.quoted();
        return switch (icmp.type()) {
            case ECHO_REPLY -> "ICMP: echo reply " + (sent ? "sent" : "rcvd") + ", src " + packet.source() + ", dst "
                    + packet.destination() + topology;
            case DESTINATION_UNREACHABLE -> "ICMP: dst (" + (sent ? quoted.destination() : packet.destination()) + ") "
                    + unreachable(icmp.code()) + " unreachable " + (sent ? "sent to " + packet.destination()
                    : "rcv from " + packet.source());
            case TIME_EXCEEDED -> sent
                    ? "ICMP: time exceeded (time to live) sent to " + packet.destination() + " (dest was "
                            + quoted.destination() + ")"
                    : "ICMP: time exceeded rcvd from " + packet.source();
            default -> null;
        };
    }

    private static String unreachable(int code) {
        return switch (code) {
            case IcmpType.CODE_NET_UNREACHABLE -> "net";
            case IcmpType.CODE_HOST_UNREACHABLE -> "host";
            case IcmpType.CODE_PROTOCOL_UNREACHABLE -> "protocol";
            case IcmpType.CODE_PORT_UNREACHABLE -> "port";
            case IcmpType.CODE_ADMINISTRATIVELY_PROHIBITED -> "administratively prohibited";
            default -> "code " + code;
        };
    }
}
