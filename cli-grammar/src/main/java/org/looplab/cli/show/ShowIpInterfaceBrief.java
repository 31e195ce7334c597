package org.looplab.cli.show;

import org.looplab.router.Interface;
import org.looplab.router.Router;

/** {@code show ip interface brief}, column for column as IOS prints it. */
public final class ShowIpInterfaceBrief {
    private static final String ROW = "%-26s %-15s %-3s %-6s %-21s %-8s";

    private ShowIpInterfaceBrief() {
    }

    public static String render(Router router) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(ROW, "Interface", "IP-Address", "OK?", "Method", "Status", "Protocol")
                .stripTrailing()).append('\n');
        for (Interface iface : router.interfaces()) {
            boolean addressed = iface.address() != null;
            out.append(String.format(ROW,
                    iface.name().fullName(),
                    addressed ? iface.address().address().toString() : "unassigned",
                    "YES",
                    iface.addressMethod(),
                    iface.status().text(),
                    iface.isProtocolUp() ? "up" : "down").stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
