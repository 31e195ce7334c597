package org.looplab.cli.config;

import java.util.stream.Collectors;
import org.looplab.dns.HostTable;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;

/** The {@code ip host} lines, then one {@code ip name-server} line with every server, after {@code ip domain name}. */
final class HostTableLines {
    private HostTableLines() {
    }

    static String render(Router router) {
        HostTable table = router.attachmentIfPresent(HostTable.class);
        if (table == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (HostTable.StaticHost host : table.hosts()) {
            out.append("ip host ").append(host.name()).append(host.port() == null ? "" : " " + host.port())
                    .append(' ').append(joined(host.addresses())).append('\n');
        }
        if (!table.servers().isEmpty()) {
            out.append("ip name-server ").append(joined(table.servers())).append('\n');
        }
        return out.toString();
    }

    private static String joined(java.util.List<Ipv4Address> addresses) {
        return addresses.stream().map(Ipv4Address::toString).collect(Collectors.joining(" "));
    }
}
