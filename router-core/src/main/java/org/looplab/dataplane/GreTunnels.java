package org.looplab.dataplane;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.router.TunnelSettings;

/**
 * GRE over IPv4 (RFC 2784) for a lab's tunnel interfaces: what leaves a tunnel is wrapped in a packet from
 * the tunnel source to its destination and sent as the router sends its own packets; at the far router the
 * GRE receiver unwraps it and the inner packet arrives on the tunnel whose source and destination are the
 * outer packet's destination and source, as if it had come off a cable.
 */
final class GreTunnels {
    /** Tunnels inside tunnels this deep are a routing loop being discovered; the packet is dropped. */
    private static final int MAX_NESTING = 4;

    private final DataPlane dataPlane;
    private int nesting;

    GreTunnels(DataPlane dataPlane) {
        this.dataPlane = dataPlane;
    }

    /** Sends {@code inner} into {@code tunnel}; false when it cannot leave (no source address, no route). */
    boolean encapsulate(Router router, Interface tunnel, Ipv4Packet inner) {
        TunnelSettings settings = tunnel.tunnel();
        Ipv4Address source = settings.outerSource(router);
        if (source == null || settings.destination() == null || nesting >= MAX_NESTING) {
            dataPlane.trace(router, nesting >= MAX_NESTING ? "drop: recursive routing" : "drop: tunnel not ready", inner);
            return false;
        }
        tunnel.counters().sent(router.kernel().now(), inner.length(), DataPlane.castOf(inner.destination(), tunnel));
        nesting++;
        try {
            // The outer packet is the router's own, routed by the global table with IOS's tunnel TTL of 255.
            return dataPlane.originate(router, source, settings.destination(), Ipv4Packet.DEFAULT_TTL, new GrePacket(inner));
        } finally {
            nesting--;
        }
    }

    /** The receiver of protocol 47 on {@code router}. */
    ProtocolReceiver receiverOn(Router router) {
        return (in, packet) -> {
            if (packet.payload() instanceof GrePacket gre) {
                decapsulate(router, packet, gre.inner());
            }
        };
    }

    private void decapsulate(Router router, Ipv4Packet outer, Ipv4Packet inner) {
        for (Interface tunnel : router.tunnels()) {
            TunnelSettings settings = tunnel.tunnel();
            if (tunnel.isProtocolUp() && outer.source().equals(settings.destination())
                    && outer.destination().equals(settings.outerSource(router))) {
                tunnel.counters().received(router.kernel().now(), inner.length(),
                        DataPlane.castOf(inner.destination(), tunnel), inner.destination().isMulticast());
                dataPlane.arriveOn(router, tunnel, inner);
                return;
            }
        }
        dataPlane.trace(router, "drop: no tunnel for " + outer.source() + ">" + outer.destination(), outer);
    }
}
