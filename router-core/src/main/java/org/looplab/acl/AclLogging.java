package org.looplab.acl;

import java.util.HashMap;
import java.util.Map;
import org.looplab.router.Router;

/**
 * The {@code log} keyword's messages, as IOS words them: {@code %SEC-6-IPACCESSLOGP: list 101 denied tcp
 * 10.0.0.1(11000) -> 10.0.0.3(22), 1 packet} (TCP, UDP), {@code IPACCESSLOGDP} for ICMP with type/code,
 * {@code IPACCESSLOGNP} for other protocols, {@code IPACCESSLOGS} for standard lists. IOS logs the first
 * packet of a flow at once and the rest in a summary every five minutes; here the first packet of a flow
 * is logged, and another of the same flow only after five virtual minutes.
 */
final class AclLogging {
    static final long INTERVAL_NANOS = 300_000_000_000L;

    private final Router router;
    private final Map<String, Long> lastLogged = new HashMap<>();

    AclLogging(Router router) {
        this.router = router;
    }

    void log(AccessList list, AclEntry entry, PacketFields packet) {
        String verdict = entry.permits() ? "permitted" : "denied";
        String text;
        if (!list.isExtended()) {
            text = "%SEC-6-IPACCESSLOGS: list " + list.name() + " " + verdict + " " + packet.source() + " 1 packet";
        } else if (packet.protocol() == AclProtocol.TCP || packet.protocol() == AclProtocol.UDP) {
            text = "%SEC-6-IPACCESSLOGP: list " + list.name() + " " + verdict + " " + AclProtocol.name(packet.protocol())
                    + " " + packet.source() + "(" + packet.sourcePort() + ") -> " + packet.destination() + "("
                    + packet.destinationPort() + "), 1 packet";
        } else if (packet.protocol() == AclProtocol.ICMP) {
            text = "%SEC-6-IPACCESSLOGDP: list " + list.name() + " " + verdict + " icmp " + packet.source() + " -> "
                    + packet.destination() + " (" + packet.icmpType() + "/" + packet.icmpCode() + "), 1 packet";
        } else {
            text = "%SEC-6-IPACCESSLOGNP: list " + list.name() + " " + verdict + " " + packet.protocol() + " "
                    + packet.source() + " -> " + packet.destination() + ", 1 packet";
        }
        long now = router.kernel().now();
        Long last = lastLogged.get(text);
        if (last == null || now - last >= INTERVAL_NANOS) {
            lastLogged.put(text, now);
            router.log(text);
        }
    }
}
