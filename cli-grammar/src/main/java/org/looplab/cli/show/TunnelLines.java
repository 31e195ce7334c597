package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.TunnelSettings;

/** The lines {@code show interfaces TunnelN} prints about the tunnel itself, as IOS 15 words them for GRE/IP. */
final class TunnelLines {
    private TunnelLines() {
    }

    static String render(Interface tunnel) {
        TunnelSettings settings = tunnel.tunnel();
        Ipv4Address source = settings.outerSource(tunnel.router());
        StringBuilder out = new StringBuilder();
        out.append("  Encapsulation TUNNEL, loopback not set\n");
        out.append("  Keepalive not set\n");
        out.append("  Tunnel source ").append(source == null ? "UNKNOWN" : source.toString());
        if (settings.sourceInterface() != null) {
            out.append(" (").append(settings.sourceInterface().fullName()).append(')');
        }
        out.append(", destination ").append(settings.destination() == null ? "UNKNOWN" : settings.destination().toString())
                .append('\n');
        out.append("  Tunnel protocol/transport GRE/IP\n");
        out.append("    Key disabled, sequencing disabled\n");
        out.append("    Checksumming of packets disabled\n");
        out.append("  Tunnel TTL 255, Fast tunneling enabled\n");
        out.append("  Tunnel transport MTU 1476 bytes\n");
        out.append("  Tunnel transmit bandwidth 8000 (kbps)\n");
        out.append("  Tunnel receive bandwidth 8000 (kbps)\n");
        return out.toString();
    }
}
