package org.looplab.cli.show;

import org.looplab.router.Interface;
import org.looplab.router.InterfaceStatus;
import org.looplab.router.Router;

/** {@code show interfaces description} as IOS 15 prints it: short name, status, protocol, description. */
public final class ShowInterfacesDescription {
    private ShowInterfacesDescription() {
    }

    public static String render(Router router) {
        StringBuilder out = new StringBuilder("Interface                      Status         Protocol Description\n");
        for (Interface iface : router.interfaces()) {
            String status = iface.status() == InterfaceStatus.ADMINISTRATIVELY_DOWN ? "admin down" : iface.status().text();
            String line = String.format("%-30s %-14s %-8s %s", iface.name().shortName(), status,
                    iface.isProtocolUp() ? "up" : "down", iface.description() == null ? "" : iface.description());
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
