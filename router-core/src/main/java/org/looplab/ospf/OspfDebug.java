package org.looplab.ospf;

import org.looplab.debug.DebugFlag;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.packets.Hello;

/**
 * {@code debug ip ospf hello} and {@code debug ip ospf events} in IOS 15's words: each line starts with the
 * process, a category padded to five characters and the short interface name
 * ({@code OSPF-1 HELLO Gi0/0: Rcv hello from 10.0.0.2 area 0 10.0.12.2}). {@code events} covers the hello
 * lines and the interface's Up/Down, which IOS tags ADJ (so {@code debug ip ospf adj} shows those too).
 */
final class OspfDebug {
    private OspfDebug() {
    }

    static void helloSent(OspfInterface iface, Ipv4Address destination) {
        hello(iface, () -> "Send hello to " + destination + " area " + iface.areaId() + " from "
                + iface.address().address());
    }

    static void helloReceived(OspfInterface iface, Ipv4Address source, Hello hello) {
        hello(iface, () -> "Rcv hello from " + hello.routerId() + " area " + iface.areaId() + " " + source);
    }

    /** RFC 2328 10.5's checks failed: R is what the hello says, C what this interface is configured with. */
    static void helloMismatch(OspfInterface iface, Ipv4Address source, Hello hello) {
        hello(iface, () -> "Mismatched hello parameters from " + source + "\n"
                + "Dead R " + hello.deadInterval() + " C " + iface.deadInterval
                + ", Hello R " + hello.helloInterval() + " C " + iface.helloInterval
                + " Mask R " + hello.networkMask() + " C " + iface.address().mask());
    }

    static void helloOptionMismatch(OspfInterface iface, Ipv4Address source) {
        hello(iface, () -> "Hello from " + source + " with mismatched Stub/Transit area option bit");
    }

    static void interfaceGoing(OspfInterface iface, boolean up) {
        iface.process().router().debug(DebugFlag.OSPF_EVENTS, DebugFlag.OSPF_ADJACENCY,
                () -> line(iface, "ADJ", "Interface going " + (up ? "Up" : "Down")));
    }

    /** RFC 2328 10.6: the neighbour's DBD says it sends bigger packets than this interface takes. */
    static void largerMtu(OspfInterface iface, Ipv4Address routerId) {
        iface.process().router().debug(DebugFlag.OSPF_EVENTS, DebugFlag.OSPF_ADJACENCY,
                () -> line(iface, "ADJ", "Nbr " + routerId + " has larger interface MTU"));
    }

    private static void hello(OspfInterface iface, java.util.function.Supplier<String> text) {
        iface.process().router().debug(DebugFlag.OSPF_EVENTS, DebugFlag.OSPF_HELLO, () -> line(iface, "HELLO", text.get()));
    }

    private static String line(OspfInterface iface, String category, String text) {
        String prefix = "OSPF-" + iface.process().processId() + " " + String.format("%-5s", category) + " "
                + iface.name().shortName() + ": ";
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
