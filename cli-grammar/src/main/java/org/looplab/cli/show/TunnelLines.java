package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.TunnelKeepalive;
import org.looplab.router.TunnelMode;
import org.looplab.router.TunnelSettings;

/** The lines {@code show interfaces TunnelN} prints about the tunnel itself, as IOS 15 words them. */
final class TunnelLines {
    /** The MTU IOS gives a tunnel before it takes off its encapsulation, and the Ethernet transport's. */
    private static final int TUNNEL_MTU = 17940;
    private static final int TRANSPORT_MTU = 1500;

    private TunnelLines() {
    }

    /** The first line's MTU: IOS's 17916 for GRE/IP, less the key, more without a GRE header. */
    static int mtu(Interface tunnel) {
        return TUNNEL_MTU - overhead(tunnel.tunnel());
    }

    /** The outer IP header, then GRE's 4 bytes and the key's 4. */
    private static int overhead(TunnelSettings settings) {
        return 20 + (settings.mode().isGre() ? 4 : 0) + (settings.carriedKey() == null ? 0 : 4);
    }

    static String render(Interface tunnel) {
        TunnelSettings settings = tunnel.tunnel();
        Ipv4Address source = settings.outerSource(tunnel.router());
        StringBuilder out = new StringBuilder();
        out.append("  Encapsulation TUNNEL, loopback not set\n");
        TunnelKeepalive keepalive = settings.keepalive();
        out.append(keepalive == null ? "  Keepalive not set\n"
                : "  Keepalive set (" + keepalive.periodSeconds() + " sec), retries " + keepalive.retries() + "\n");
        out.append("  Tunnel source ").append(source == null ? "UNKNOWN" : source.toString());
        if (settings.sourceInterface() != null) {
            out.append(" (").append(settings.sourceInterface().fullName()).append(')');
        }
        if (settings.mode() != TunnelMode.GRE_MULTIPOINT) {
            // A multipoint tunnel has no destination of its own: IOS prints the source alone.
            out.append(", destination ").append(settings.destination() == null ? "UNKNOWN" : settings.destination().toString());
        }
        out.append('\n');
        out.append("  Tunnel protocol/transport ").append(settings.mode().shown()).append('\n');
        if (settings.mode().isGre()) {
            out.append(settings.key() == null ? "    Key disabled" : "    Key 0x" + Long.toHexString(settings.key()).toUpperCase())
                    .append(", sequencing disabled\n");
            out.append("    Checksumming of packets disabled\n");
        }
        out.append("  Tunnel TTL 255, Fast tunneling enabled\n");
        out.append("  Tunnel transport MTU ").append(TRANSPORT_MTU - overhead(settings)).append(" bytes\n");
        out.append("  Tunnel transmit bandwidth 8000 (kbps)\n");
        out.append("  Tunnel receive bandwidth 8000 (kbps)\n");
        return out.toString();
    }
}
