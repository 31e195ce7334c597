package org.looplab.cli.show;

import java.util.List;
import java.util.stream.Collectors;
import org.looplab.dns.HostTable;
import org.looplab.net.Ipv4Address;

/**
 * {@code show hosts}: the default domain, the lookup style ({@code no ip domain lookup}: static mappings), the name
 * servers (the broadcast address when none is set) and the host table: the {@code ip host} entries, permanent; the
 * lab has no DNS server, so nothing is ever cached from one.
 */
public final class ShowHosts {
    private ShowHosts() {
    }

    public static String render(String domainName, boolean domainLookup, List<Ipv4Address> servers,
                                List<HostTable.StaticHost> hosts) {
        StringBuilder out = new StringBuilder()
                .append(domainName == null ? "Default domain is not set\n" : "Default domain is " + domainName + "\n")
                .append(domainLookup ? "Name/address lookup uses domain service\n"
                        : "Name/address lookup uses static mappings\n")
                .append("Name servers are ").append(joined(servers, ", ")).append("\n\n")
                .append("Codes: UN - unknown, EX - expired, OK - OK, ?? - revalidate\n")
                .append("       temp - temporary, perm - permanent\n")
                .append("       NA - Not Applicable None - Not defined\n\n")
                .append("Host                      Port  Flags      Age Type   Address(es)\n");
        for (HostTable.StaticHost host : hosts) {
            out.append(String.format("%-25s %-5s %-10s %3d %-6s %s\n", host.name(),
                    host.port() == null ? "None" : host.port(), "(perm, OK)", 0, "IP", joined(host.addresses(), " ")));
        }
        return out.toString();
    }

    private static String joined(List<Ipv4Address> addresses, String separator) {
        return addresses.stream().map(Ipv4Address::toString).collect(Collectors.joining(separator));
    }
}
