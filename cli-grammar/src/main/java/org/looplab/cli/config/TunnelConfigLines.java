package org.looplab.cli.config;

import org.looplab.router.Interface;
import org.looplab.router.TunnelSettings;

/**
 * A tunnel's {@code tunnel source} and {@code tunnel destination} lines as IOS writes them, after the
 * interface's other settings; {@code tunnel mode gre ip} is the default and is not written.
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
        if (tunnel.sourceInterface() != null) {
            out.append(" tunnel source ").append(tunnel.sourceInterface().fullName()).append('\n');
        } else if (tunnel.sourceAddress() != null) {
            out.append(" tunnel source ").append(tunnel.sourceAddress()).append('\n');
        }
        if (tunnel.destination() != null) {
            out.append(" tunnel destination ").append(tunnel.destination()).append('\n');
        }
        return out.toString();
    }
}
