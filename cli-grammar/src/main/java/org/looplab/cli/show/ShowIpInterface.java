package org.looplab.cli.show;

import org.looplab.router.Interface;
import org.looplab.router.Router;

/** {@code show ip interface [NAME]}: IOS 15's per-interface IP report, the lines we model first. */
public final class ShowIpInterface {
    private ShowIpInterface() {
    }

    public static String render(Router router, Interface only) {
        StringBuilder out = new StringBuilder();
        for (Interface iface : router.interfaces()) {
            if (only == null || only == iface) {
                render(iface, out);
            }
        }
        return out.toString();
    }

    private static void render(Interface iface, StringBuilder out) {
        out.append(iface.name().fullName()).append(" is ").append(iface.status().text())
                .append(", line protocol is ").append(iface.isProtocolUp() ? "up" : "down").append('\n');
        if (iface.address() == null) {
            out.append("  Internet protocol processing disabled\n");
            return;
        }
        out.append("  Internet address is ").append(iface.address().address()).append('/')
                .append(iface.address().length()).append('\n');
        out.append("  Broadcast address is 255.255.255.255\n");
        out.append("  Address determined by ").append("non-volatile memory").append('\n');
        out.append("  MTU is ").append(iface.ipMtu()).append(" bytes\n");
        out.append("  Helper address is not set\n");
        out.append("  Directed broadcast forwarding is disabled\n");
        out.append("  Outgoing access list is not set\n");
        out.append("  Inbound  access list is not set\n");
        out.append("  Proxy ARP is enabled\n");
        out.append("  Local Proxy ARP is disabled\n");
        out.append("  Security level is default\n");
        out.append("  Split horizon is enabled\n");
        out.append("  ICMP redirects are always sent\n");
        out.append("  ICMP unreachables are always sent\n");
        out.append("  ICMP mask replies are never sent\n");
        out.append("  IP fast switching is enabled\n");
        out.append("  IP CEF switching is enabled\n");
        out.append("  IP route-cache flags are Fast, CEF\n");
        out.append("  Router Discovery is disabled\n");
        out.append("  IP output packet accounting is disabled\n");
        out.append("  IP access violation accounting is disabled\n");
        out.append("  TCP/IP header compression is disabled\n");
        out.append("  RTP/IP header compression is disabled\n");
        out.append("  Policy routing is disabled\n");
        out.append("  Network address translation is disabled\n");
        out.append("  BGP Policy Mapping is disabled\n");
    }
}
