package org.looplab.cli.config;

import org.looplab.router.Interface;
import org.looplab.router.TunnelMode;
import org.looplab.router.TunnelSettings;

/**
 * A tunnel's {@code keepalive} and {@code tunnel source|destination|mode|key|vrf} lines in IOS's order, after
 * the interface's other settings; {@code tunnel mode gre ip} is the default and is not written.
 */
final class TunnelConfigLines {
    private TunnelConfigLines() {
    }

    static String render(Interface iface) {
        if (!iface.isTunnel()) {
            return "";
        }
        TunnelSettings tunnel = iface.tunnel();
        StringBuilder out = new StringBuilder();
        if (tunnel.keepalive() != null) {
            out.append(" keepalive ").append(tunnel.keepalive().periodSeconds()).append(' ')
                    .append(tunnel.keepalive().retries()).append('\n');
        }
        if (tunnel.sourceInterface() != null) {
            out.append(" tunnel source ").append(tunnel.sourceInterface().fullName()).append('\n');
        } else if (tunnel.sourceAddress() != null) {
            out.append(" tunnel source ").append(tunnel.sourceAddress()).append('\n');
        }
        if (tunnel.destination() != null) {
            out.append(" tunnel destination ").append(tunnel.destination()).append('\n');
        }
        if (tunnel.mode() != TunnelMode.GRE_IP) {
            out.append(" tunnel mode ").append(tunnel.mode().keywords()).append('\n');
        }
        if (tunnel.key() != null) {
            out.append(" tunnel key ").append(tunnel.key()).append('\n');
        }
        if (tunnel.vrf() != null) {
            out.append(" tunnel vrf ").append(tunnel.vrf()).append('\n');
        }
        return out.toString();
    }
}
