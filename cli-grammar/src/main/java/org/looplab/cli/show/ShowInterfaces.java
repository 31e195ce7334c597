package org.looplab.cli.show;

import java.util.List;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceCounters;
import org.looplab.router.Router;

/**
 * {@code show interfaces [NAME]} as an IOSv router prints it, with the data plane's counters since the last
 * {@code clear counters} and the 5-minute rates.
 */
public final class ShowInterfaces {
    private ShowInterfaces() {
    }

    /** {@code show interfaces} for every interface, or for {@code only} when it is not null. */
    public static String render(Router router, Interface only) {
        StringBuilder out = new StringBuilder();
        for (Interface iface : only != null ? List.of(only) : router.interfaces()) {
            renderOne(iface, out);
        }
        return out.toString();
    }

    /**
     * The rest of a subinterface's entry, as IOS prints it: its VLAN (IOS's two spaces before the ID), ARP,
     * keepalive and the clearing line; no queues or counters of its own.
     */
    private static void renderSubinterfaceTail(Interface sub, StringBuilder out) {
        if (sub.encapsulation() != null) {
            out.append("  Encapsulation 802.1Q Virtual LAN, Vlan ID  ").append(sub.encapsulation().vlan()).append(".\n");
        } else {
            out.append("  Encapsulation ARPA, loopback not set\n");
        }
        out.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
        out.append("  Keepalive set (10 sec)\n");
        InterfaceCounters counters = sub.counters();
        long now = sub.router().kernel().now();
        out.append("  Last clearing of \"show interface\" counters ")
                .append(counters.wasCleared() ? RouteAge.format(now - counters.clearedNanos()) : "never").append('\n');
    }

    private static void renderOne(Interface iface, StringBuilder out) {
        // IOS ends the first line with a space.
        out.append(iface.name().fullName()).append(" is ").append(iface.status().text())
                .append(", line protocol is ").append(iface.isProtocolUp() ? "up" : "down").append(" \n");
        if (iface.isLoopback()) {
            out.append("  Hardware is Loopback\n");
        } else if (iface.isTunnel()) {
            out.append("  Hardware is Tunnel\n");
        } else {
            out.append("  Hardware is iGbE, address is ").append(iface.macAddress())
                    .append(" (bia ").append(iface.macAddress()).append(")\n");
        }
        if (iface.description() != null) {
            out.append("  Description: ").append(iface.description()).append('\n');
        }
        if (iface.address() != null) {
            out.append("  Internet address is ").append(iface.address()).append('\n');
        }
        String bw = ", BW " + iface.bandwidthKbps() + " Kbit/sec, ";
        int mtu = iface.isTunnel() && !iface.mtuConfigured() ? TunnelLines.mtu(iface) : iface.mtu();
        String delay = iface.isLoopback() ? "DLY 5000 usec, \n" : iface.isTunnel() ? "DLY 50000 usec, \n" : "DLY 10 usec, \n";
        out.append("  MTU ").append(mtu).append(" bytes").append(bw).append(delay);
        out.append("     reliability 255/255, txload 1/255, rxload 1/255\n");
        if (iface.name().isSubinterface()) {
            renderSubinterfaceTail(iface, out);
            return;
        }
        if (iface.isTunnel()) {
            out.append(TunnelLines.render(iface));
        } else {
            out.append(iface.isLoopback() ? "  Encapsulation LOOPBACK, loopback not set\n"
                    : "  Encapsulation ARPA, loopback not set\n");
            out.append("  Keepalive set (10 sec)\n");
        }
        if (!iface.isLoopback() && !iface.isTunnel()) {
            out.append(EthernetLines.duplexAndSpeed(iface));
            out.append("  output flow-control is unsupported, input flow-control is unsupported\n");
            out.append("  ARP type: ARPA, ARP Timeout 04:00:00\n");
        }
        InterfaceCounters counters = iface.counters();
        long now = iface.router().kernel().now();
        out.append("  Last input ").append(counters.hasInput() ? RouteAge.format(now - counters.lastInputNanos()) : "never")
                .append(", output ").append(counters.hasOutput() ? RouteAge.format(now - counters.lastOutputNanos()) : "never")
                .append(", output hang never\n");
        out.append("  Last clearing of \"show interface\" counters ")
                .append(counters.wasCleared() ? RouteAge.format(now - counters.clearedNanos()) : "never").append('\n');
        out.append("  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0\n");
        out.append("  Queueing strategy: fifo\n");
        out.append(iface.isLoopback() || iface.isTunnel() ? "  Output queue: 0/0 (size/max)\n" : "  Output queue: 0/40 (size/max)\n");
        out.append("  5 minute input rate ").append(counters.inputBitsPerSecond(now)).append(" bits/sec, ")
                .append(counters.inputPacketsPerSecond(now)).append(" packets/sec\n");
        out.append("  5 minute output rate ").append(counters.outputBitsPerSecond(now)).append(" bits/sec, ")
                .append(counters.outputPacketsPerSecond(now)).append(" packets/sec\n");
        InterfaceCounters.Tally shown = counters.sinceClear();
        out.append("     ").append(shown.inPackets()).append(" packets input, ").append(shown.inOctets())
                .append(" bytes, 0 no buffer\n");
        out.append("     Received ").append(shown.inBroadcastsAndMulticasts()).append(" broadcasts (")
                .append(shown.inIpMulticasts()).append(" IP multicasts)\n");
        out.append("     0 runts, 0 giants, 0 throttles \n");
        out.append("     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored, 0 abort\n");
        if (!iface.isLoopback() && !iface.isTunnel()) {
            out.append("     0 watchdog, ").append(shown.inMulticasts()).append(" multicast, 0 pause input\n");
        }
        out.append("     ").append(shown.outPackets()).append(" packets output, ").append(shown.outOctets())
                .append(" bytes, 0 underruns\n");
        out.append("     0 output errors, 0 collisions, 0 interface resets\n");
        out.append("     ").append(shown.unknownProtocolDrops()).append(" unknown protocol drops\n");
        if (!iface.isLoopback() && !iface.isTunnel()) {
            out.append("     0 babbles, 0 late collision, 0 deferred\n");
            out.append("     0 lost carrier, 0 no carrier, 0 pause output\n");
        }
        out.append("     0 output buffer failures, 0 output buffers swapped out\n");
    }
}
