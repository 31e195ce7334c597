package org.looplab.dataplane;

import java.util.Objects;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceStatus;
import org.looplab.router.Router;
import org.looplab.router.TunnelMode;
import org.looplab.router.TunnelSettings;

/**
 * GRE over IPv4 (RFC 2784, with RFC 2890's key) and IP-in-IP (RFC 2003) for a lab's tunnel interfaces: what
 * leaves a tunnel is wrapped in a packet from the tunnel source to its destination and sent as the router
 * sends its own packets, routed by the tunnel's underlay VRF ({@code tunnel vrf}); at the far router the
 * receiver unwraps it and the inner packet arrives on the tunnel whose mode, source, destination, key and
 * underlay VRF match the outer packet, as if it had come off a cable. Nothing matches: dropped without a word,
 * as IOS drops GRE with the wrong key.
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
        if (source == null || settings.destination() == null || !settings.underlayExists(router) || nesting >= MAX_NESTING) {
            dataPlane.trace(router, nesting >= MAX_NESTING ? "drop: recursive routing" : "drop: tunnel not ready", inner);
            return false;
        }
        tunnel.counters().sent(router.kernel().now(), inner.length(), DataPlane.castOf(inner.destination(), tunnel));
        TransportPayload outer = settings.mode().isGre() ? new GrePacket(settings.carriedKey(), inner) : new IpInIpPacket(inner);
        nesting++;
        try {
            // The outer packet is the router's own, routed by the underlay's table with IOS's tunnel TTL of 255.
            return dataPlane.originate(router, settings.vrf(), source, settings.destination(), Ipv4Packet.DEFAULT_TTL, outer);
        } finally {
            nesting--;
        }
    }

    /**
     * An IOS GRE keepalive: an empty GRE packet from the tunnel's destination back to its source, sent through
     * the tunnel, so the far end unwraps it and routes it home.
     */
    void sendKeepalive(Router router, Interface tunnel) {
        TunnelSettings settings = tunnel.tunnel();
        Ipv4Address source = settings.outerSource(router);
        if (settings.mode() == TunnelMode.GRE_IP && source != null && settings.destination() != null) {
            GrePacket home = new GrePacket(settings.carriedKey(), null);
            encapsulate(router, tunnel, new Ipv4Packet(settings.destination(), source, Ipv4Packet.DEFAULT_TTL, home));
        }
    }

    /** The receiver of protocols 47 (GRE) and 4 (IP-in-IP) on {@code router}. */
    ProtocolReceiver receiverOn(Router router) {
        return (in, packet) -> {
            if (packet.payload() instanceof GrePacket gre) {
                decapsulate(router, in, packet, gre.key(), gre.inner());
            } else if (packet.payload() instanceof IpInIpPacket ipip) {
                decapsulate(router, in, packet, null, ipip.inner());
            }
        };
    }

    private void decapsulate(Router router, Interface in, Ipv4Packet outer, Long key, Ipv4Packet inner) {
        Interface tunnel = tunnelFor(router, in, outer, key);
        if (tunnel == null) {
            dataPlane.trace(router, "drop: no tunnel for " + outer.source() + ">" + outer.destination(), outer);
        } else if (inner == null) {
            router.tunnelKeepaliveAnswered(tunnel);
        } else {
            tunnel.counters().received(router.kernel().now(), inner.length(),
                    DataPlane.castOf(inner.destination(), tunnel), inner.destination().isMulticast());
            if (inner.payload() instanceof GrePacket home && home.inner() == null) {
                // The far end's keepalive on its way home is addressed in the transport's space: IOS switches it
                // by the tunnel's underlay table (tunnel vrf), whatever VRF the tunnel's own addresses are in.
                dataPlane.originate(router, tunnel.tunnel().vrf(), inner.source(), inner.destination(), inner.ttl() - 1, home);
            } else {
                dataPlane.arriveOn(router, tunnel, inner);
            }
        }
    }

    private static Interface tunnelFor(Router router, Interface in, Ipv4Packet outer, Long key) {
        String underlay = in == null ? null : in.vrf();
        for (Interface tunnel : router.tunnels()) {
            TunnelSettings settings = tunnel.tunnel();
            // A tunnel that keepalives took down still takes packets in: its keepalives' replies bring it back.
            boolean receiving = tunnel.isProtocolUp()
                    || (tunnel.status() == InterfaceStatus.UP && router.tunnelKeepaliveFailed(tunnel));
            if (receiving && settings.mode().protocol() == outer.protocol()
                    && outer.source().equals(settings.destination()) && outer.destination().equals(settings.outerSource(router))
                    && Objects.equals(key, settings.carriedKey()) && Objects.equals(underlay, settings.vrf())) {
                return tunnel;
            }
        }
        return null;
    }
}
